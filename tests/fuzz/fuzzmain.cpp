// SPDX-FileCopyrightText: 2026 Dialogsmith contributors
// SPDX-License-Identifier: Apache-2.0
//
// Replays inputs through a fuzz target where libFuzzer is not available (gcc builds): every file of the
// folders and files named on the command line, and the empty input. The sanitizers report what goes wrong;
// this only reads the files, so a crash points straight at the input that caused it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

namespace fs = std::filesystem;

bool replay(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "fuzzmain: cannot read %s\n", file.c_str());
        return false;
    }
    const std::vector<char> bytes {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // A heap block of exactly the input's size, as libFuzzer gives: AddressSanitizer then catches a read
    // one byte past the end.
    const std::unique_ptr<uint8_t[]> input(new uint8_t[bytes.size()]);
    std::copy(bytes.begin(), bytes.end(), input.get());
    std::fprintf(stderr, "fuzzmain: %s (%zu bytes)\n", file.c_str(), bytes.size());
    LLVMFuzzerTestOneInput(input.get(), bytes.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    const uint8_t empty = 0;
    LLVMFuzzerTestOneInput(&empty, 0);

    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path path = argv[i];
        std::error_code error;
        if (fs::is_regular_file(path, error)) {
            if (!replay(path))
                return 1;
            ++replayed;
            continue;
        }
        if (!fs::is_directory(path, error)) {
            std::fprintf(stderr, "fuzzmain: no such file or folder: %s\n", path.c_str());
            return 1;
        }
        std::vector<fs::path> files;
        for (const fs::directory_entry &entry : fs::recursive_directory_iterator(path)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end()); // the same order on every machine
        for (const fs::path &file : files) {
            if (!replay(file))
                return 1;
            ++replayed;
        }
    }
    // A folder that lost its files would otherwise pass without testing anything.
    if (replayed == 0) {
        std::fprintf(stderr, "fuzzmain: no inputs found\n");
        return 1;
    }
    std::fprintf(stderr, "fuzzmain: %d inputs replayed without a finding\n", replayed);
    return 0;
}
