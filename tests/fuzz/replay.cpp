// The main() of a fuzz target in the normal build: runs LLVMFuzzerTestOneInput over every file of the
// directories (or files) on its command line, as `fuzz_x corpus/x` would under libFuzzer, so that ctest
// replays each committed corpus and every crash once found. Fails when it found no input at all.

#include "fuzztarget.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *, char ***);

namespace {

std::vector<std::filesystem::path> inputs(const std::filesystem::path &arg)
{
    std::vector<std::filesystem::path> out;
    if (std::filesystem::is_directory(arg)) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(arg))
            if (entry.is_regular_file())
                out.push_back(entry.path());
    } else if (std::filesystem::is_regular_file(arg)) {
        out.push_back(arg);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    std::size_t ran = 0;
    for (int i = 1; i < argc; ++i) {
        for (const std::filesystem::path &path : inputs(argv[i])) {
            std::ifstream in(path, std::ios::binary);
            const std::vector<char> data{std::istreambuf_iterator<char>(in),
                                         std::istreambuf_iterator<char>()};
            if (!in.good() && !in.eof()) {
                std::cerr << "replay: cannot read " << path << '\n';
                return 1;
            }
            std::cerr << "replay: " << path.filename().string() << '\n';
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.data()), data.size());
            ++ran;
        }
    }
    if (ran == 0) {
        std::cerr << "replay: no input found in the arguments\n";
        return 1;
    }
    std::cerr << "replay: " << ran << " inputs, no crash\n";
    return 0;
}
