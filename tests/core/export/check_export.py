#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Dialogsmith contributors
# SPDX-License-Identifier: Apache-2.0
"""Reads an export as a trainer would (Python's json and csv modules) and checks every record against the
format's documented fields and types. Usage: check_export.py FORMAT FILE [--metadata]. Prints what is wrong
and exits 1; prints the number of records and exits 0 when all is well."""

import csv
import json
import sys


class Bad(Exception):
    pass


def need(cond, what):
    if not cond:
        raise Bad(what)


def is_str(v):
    return isinstance(v, str)


def messages(v, roles, where, keys=("role", "content")):
    need(isinstance(v, list) and v, f"{where}: a non-empty list")
    for i, m in enumerate(v):
        need(isinstance(m, dict), f"{where}[{i}]: an object")
        need(sorted(m.keys()) == sorted(keys), f"{where}[{i}]: keys {sorted(m.keys())}, want {sorted(keys)}")
        need(m[keys[0]] in roles, f"{where}[{i}]: role {m[keys[0]]!r}")
        need(is_str(m[keys[1]]), f"{where}[{i}]: text is not a string")


def check_chat_order(v, key, user, assistant, system):
    rest = v[1:] if v[0][key] == system else v
    need(all(m[key] != system for m in rest), "system only first")
    for i, m in enumerate(rest):
        need(m[key] == (user if i % 2 == 0 else assistant), f"turn {i} is {m[key]!r}: turns alternate from the user")
    need(rest[-1][key] == assistant, "ends with an answer")


def check(fmt, record, metadata):
    allowed = {
        "openai": {"messages"},
        "sharegpt": {"conversations"},
        "alpaca": {"instruction", "input", "output", "system", "history"},
        "dpo": {"prompt", "chosen", "rejected"},
        "dpo-text": {"prompt", "chosen", "rejected"},
        "triplets": {"anchor", "positive", "negative"},
        "turns": {"chat_history", "llm_response", "document", "document_title", "turn"},
    }[fmt]
    keys = set(record.keys())
    if metadata:
        need("metadata" in keys and isinstance(record["metadata"], dict), "metadata object")
        meta = record["metadata"]
        need(isinstance(meta.get("id"), int) and is_str(meta.get("mode")) and isinstance(meta.get("models"), list),
             "metadata has id, mode, models")
        keys.discard("metadata")
    else:
        need("metadata" not in keys, "no metadata unless asked for")
    need(keys <= allowed, f"unexpected keys {sorted(keys - allowed)}")
    if fmt == "openai":
        messages(record["messages"], {"system", "user", "assistant"}, "messages")
        check_chat_order(record["messages"], "role", "user", "assistant", "system")
    elif fmt == "sharegpt":
        messages(record["conversations"], {"system", "human", "gpt"}, "conversations", ("from", "value"))
        check_chat_order(record["conversations"], "from", "human", "gpt", "system")
    elif fmt == "alpaca":
        need({"instruction", "input", "output", "history"} <= keys, "instruction, input, output, history")
        need(all(is_str(record[k]) for k in ("instruction", "input", "output")), "strings")
        need(record["instruction"] and record["output"], "instruction and output not empty")
        need("system" not in record or is_str(record["system"]), "system is a string")
        need(isinstance(record["history"], list), "history is a list")
        for pair in record["history"]:
            need(isinstance(pair, list) and len(pair) == 2 and all(is_str(x) for x in pair), "history: [q, a] pairs")
    elif fmt == "dpo":
        need(keys == allowed, "prompt, chosen, rejected")
        messages(record["prompt"], {"system", "user", "assistant"}, "prompt")
        need(record["prompt"][-1]["role"] == "user", "the prompt ends with the user")
        for k in ("chosen", "rejected"):
            messages(record[k], {"assistant"}, k)
            need(len(record[k]) == 1, f"{k}: one message")
        need(record["chosen"] != record["rejected"], "chosen differs from rejected")
    elif fmt in ("dpo-text", "triplets"):
        need(keys == allowed, f"exactly {sorted(allowed)}")
        need(all(is_str(record[k]) and record[k] for k in allowed), "non-empty strings")
    elif fmt == "turns":
        need(keys == allowed, f"exactly {sorted(allowed)}")
        messages(record["chat_history"], {"system", "user", "assistant"}, "chat_history")
        need(record["chat_history"][-1]["role"] == "user", "the history ends with the question")
        need(is_str(record["llm_response"]) and record["llm_response"], "llm_response")
        need(is_str(record["document"]) and is_str(record["document_title"]), "document strings")
        need(isinstance(record["turn"], int) and record["turn"] >= 1, "turn from 1")


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    metadata = "--metadata" in sys.argv[3:]
    count = 0
    try:
        if fmt == "csv":
            with open(path, encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f, strict=True))
            header = rows[0]
            need(header[:5] == ["id", "mode", "topic", "user_persona", "assistant_persona"], f"header {header[:5]}")
            need("user_1" in header and "assistant_1" in header, "exchange columns")
            for n, row in enumerate(rows[1:], 2):
                need(len(row) == len(header), f"row {n}: {len(row)} fields, header has {len(header)}")
                need(row[0].isdigit(), f"row {n}: id")
                need(row[header.index("user_1")] and row[header.index("assistant_1")], f"row {n}: first exchange")
                count += 1
        else:
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    need(line.endswith("\n"), f"line {n}: ends with a line break")
                    record = json.loads(line)
                    need(isinstance(record, dict), f"line {n}: an object")
                    try:
                        check(fmt, record, metadata)
                    except Bad as e:
                        raise Bad(f"line {n}: {e}")
                    count += 1
    except (Bad, ValueError, csv.Error) as e:
        print(f"{path}: {e}")
        return 1
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
