// A loopback Event Socket that serves N gateways (tests/bench/LoopbackEslServer.h), for timing
// the real xynapctl against a node far larger than the sandbox can simulate:
//
//   bench_esl_server --gateways 50000 &        # prints {"esl_port":…}, runs until stdin closes
//   XYNAP_ESL_PASSWORD=ClueCon /usr/bin/time -v xynapctl status --esl 127.0.0.1:PORT
//
// Any password is accepted. Not a ctest test.

#include "LoopbackEslServer.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

int main(int argc, char **argv)
{
    int gateways = 50'000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--gateways") == 0)
            gateways = std::atoi(argv[i + 1]);
    }
    xynap_bench::LoopbackEslServer server({true, xynap_bench::gatewaysXml(gateways), {}});
    std::printf("{\"esl_port\":%u,\"gateways\":%d}\n", unsigned(server.port()), gateways);
    std::fflush(stdout);
    char sink[256];
    while (::read(0, sink, sizeof sink) > 0) { }
    return 0;
}
