#pragma once

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

// What every target needs once: a QCoreApplication (the SQL driver plugin is found through
// it), and a way to report a broken invariant that libFuzzer records as a crash.
namespace fuzz
{

inline void initApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace fuzz
