#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Dialogsmith contributors
# SPDX-License-Identifier: Apache-2.0
"""Writes a tiny llama-architecture GGUF model whose every chat reply is the same few words.

Usage: python3 make_tiny_gguf.py OUT.gguf ["Reply| words| joined| by| bars"]

The model is a token bigram table wired by hand. Token embeddings are one-hot, the single transformer
block adds nothing (its output projections are zero), so the hidden state at the last position is the
one-hot vector of the last token, and the output matrix maps it to the token that follows it:

    any token -> first reply piece -> second -> ... -> last -> <|im_end|> (end of generation)

Generation is therefore exact under greedy sampling and overwhelmingly likely under any other (the chosen
logit leads by sqrt(n_embd), about 18). The chat template is ChatML, so a chat prompt ends with
"<|im_start|>assistant\\n" and the reply starts with the first piece. Pieces are the reply's tokens: a
leading space belongs to its piece (" from"), and every piece must be distinct, because a piece that
came twice would need two different successors.
"""

import argparse
import struct
import sys

DEFAULT_REPLY = "Hello| from| a| tiny| model|."
SPACE = "\u2581"  # SentencePiece writes spaces as this character
ALIGNMENT = 32

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

# GGUF metadata value types.
UINT32, INT32, FLOAT32, BOOL, STRING, ARRAY = 4, 5, 6, 7, 8, 9
# GGUF tensor types.
GGML_F32 = 0
# SentencePiece token types as llama.cpp reads them.
NORMAL, UNKNOWN, CONTROL, BYTE = 1, 2, 3, 6


class Vocabulary:
    def __init__(self):
        self.pieces, self.scores, self.types = [], [], []

    def add(self, piece, kind, score=0.0):
        if piece in self.pieces:
            raise ValueError(f"the piece {piece!r} is already a token")
        self.pieces.append(piece)
        self.scores.append(score)
        self.types.append(kind)
        return len(self.pieces) - 1


def build_vocabulary(reply):
    vocab = Vocabulary()
    ids = {
        "unk": vocab.add("<unk>", UNKNOWN),
        "bos": vocab.add("<s>", CONTROL),
        "eos": vocab.add("</s>", CONTROL),
    }
    # Byte fallback: every prompt character that is no token becomes its UTF-8 bytes.
    for byte in range(256):
        vocab.add(f"<0x{byte:02X}>", BYTE)
    ids["im_start"] = vocab.add("<|im_start|>", CONTROL)
    ids["im_end"] = vocab.add("<|im_end|>", CONTROL)
    vocab.add(SPACE, NORMAL, -1.0)
    ids["reply"] = [vocab.add(piece.replace(" ", SPACE), NORMAL, -1000.0 - n) for n, piece in enumerate(reply)]
    return vocab, ids


def successors(count, ids):
    """next_token[t] for every token t: the bigram table the model encodes."""
    reply = ids["reply"]
    table = [reply[0]] * count
    for current, following in zip(reply, reply[1:] + [ids["im_end"]]):
        table[current] = following
    return table


class Tensor:
    def __init__(self, name, shape):
        # shape is in GGUF order: shape[0] is the contiguous (row) dimension.
        self.name, self.shape = name, shape
        self.values = bytearray(4 * shape[0] * (shape[1] if len(shape) > 1 else 1))

    def set(self, row, column, value):
        struct.pack_into("<f", self.values, 4 * (row * self.shape[0] + column), value)

    def fill(self, value):
        self.values[:] = struct.pack("<f", value) * (len(self.values) // 4)
        return self


def build_tensors(n_vocab, n_embd, n_ff, next_token):
    embeddings = Tensor("token_embd.weight", [n_embd, n_vocab])
    for token in range(n_vocab):
        embeddings.set(token, token, 1.0)
    output = Tensor("output.weight", [n_embd, n_vocab])
    for token, following in enumerate(next_token):
        output.set(following, token, 1.0)
    return [
        embeddings,
        Tensor("output_norm.weight", [n_embd]).fill(1.0),
        output,
        Tensor("blk.0.attn_norm.weight", [n_embd]).fill(1.0),
        Tensor("blk.0.attn_q.weight", [n_embd, n_embd]),
        Tensor("blk.0.attn_k.weight", [n_embd, n_embd]),
        Tensor("blk.0.attn_v.weight", [n_embd, n_embd]),
        Tensor("blk.0.attn_output.weight", [n_embd, n_embd]),
        Tensor("blk.0.ffn_norm.weight", [n_embd]).fill(1.0),
        Tensor("blk.0.ffn_gate.weight", [n_embd, n_ff]),
        Tensor("blk.0.ffn_up.weight", [n_embd, n_ff]),
        Tensor("blk.0.ffn_down.weight", [n_ff, n_embd]),
    ]


class GgufWriter:
    def __init__(self):
        self.out = bytearray()

    def raw(self, fmt, *values):
        self.out += struct.pack("<" + fmt, *values)

    def string(self, text):
        data = text.encode("utf-8")
        self.raw("Q", len(data))
        self.out += data

    def scalar(self, kind, value):
        if kind == STRING:
            self.string(value)
        else:
            self.raw({UINT32: "I", INT32: "i", FLOAT32: "f", BOOL: "?"}[kind], value)

    def metadata(self, key, kind, value, element_kind=None):
        self.string(key)
        self.raw("I", kind)
        if kind == ARRAY:
            self.raw("IQ", element_kind, len(value))
            for element in value:
                self.scalar(element_kind, element)
        else:
            self.scalar(kind, value)

    def pad(self):
        self.out += bytes(-len(self.out) % ALIGNMENT)


def padded(size):
    return size + (-size % ALIGNMENT)


def write_model(path, reply):
    vocab, ids = build_vocabulary(reply)
    n_vocab = len(vocab.pieces)
    n_embd = -(-n_vocab // 64) * 64  # one-hot embeddings need n_embd >= n_vocab
    n_head, n_ff, n_ctx = 4, 64, 2048
    tensors = build_tensors(n_vocab, n_embd, n_ff, successors(n_vocab, ids))

    metadata = [
        ("general.architecture", STRING, "llama"),
        ("general.name", STRING, "dialogsmith-tiny-bigram"),
        ("general.alignment", UINT32, ALIGNMENT),
        ("general.file_type", UINT32, 0),  # all tensors F32
        ("llama.context_length", UINT32, n_ctx),
        ("llama.embedding_length", UINT32, n_embd),
        ("llama.block_count", UINT32, 1),
        ("llama.feed_forward_length", UINT32, n_ff),
        ("llama.attention.head_count", UINT32, n_head),
        ("llama.attention.head_count_kv", UINT32, n_head),
        ("llama.attention.layer_norm_rms_epsilon", FLOAT32, 1e-5),
        ("llama.rope.dimension_count", UINT32, n_embd // n_head),
        ("tokenizer.ggml.model", STRING, "llama"),
        ("tokenizer.ggml.tokens", ARRAY, vocab.pieces, STRING),
        ("tokenizer.ggml.scores", ARRAY, vocab.scores, FLOAT32),
        ("tokenizer.ggml.token_type", ARRAY, vocab.types, INT32),
        ("tokenizer.ggml.bos_token_id", UINT32, ids["bos"]),
        ("tokenizer.ggml.eos_token_id", UINT32, ids["im_end"]),
        ("tokenizer.ggml.unknown_token_id", UINT32, ids["unk"]),
        ("tokenizer.ggml.add_bos_token", BOOL, True),
        ("tokenizer.ggml.add_space_prefix", BOOL, False),
        ("tokenizer.chat_template", STRING, CHATML_TEMPLATE),
    ]

    gguf = GgufWriter()
    gguf.out += b"GGUF"
    gguf.raw("IQQ", 3, len(tensors), len(metadata))
    for entry in metadata:
        gguf.metadata(*entry)
    offset = 0  # relative to the start of the tensor data, which is aligned too
    for tensor in tensors:
        gguf.string(tensor.name)
        gguf.raw("I", len(tensor.shape))
        gguf.raw(f"{len(tensor.shape)}Q", *tensor.shape)
        gguf.raw("IQ", GGML_F32, offset)
        offset += padded(len(tensor.values))
    gguf.pad()
    for tensor in tensors:
        gguf.out += tensor.values
        gguf.pad()

    with open(path, "wb") as file:
        file.write(gguf.out)
    return n_vocab, n_embd


def parse_reply(text):
    pieces = text.split("|")
    if any(piece == "" for piece in pieces):
        raise ValueError("empty reply piece (two bars in a row, or a bar at either end)")
    if len(set(pieces)) != len(pieces):
        raise ValueError("reply pieces must be distinct: the model is a bigram table")
    return pieces


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the .gguf file to write")
    parser.add_argument("reply", nargs="?", default=DEFAULT_REPLY,
                        help=f"the reply's tokens joined by '|' (default: {DEFAULT_REPLY!r})")
    args = parser.parse_args()
    try:
        reply = parse_reply(args.reply)
        n_vocab, n_embd = write_model(args.out, reply)
    except (ValueError, OSError) as error:
        print(f"make_tiny_gguf.py: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}: reply {''.join(reply)!r}, {n_vocab} tokens, n_embd {n_embd}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
