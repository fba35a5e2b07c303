// The ctest driver of fuzz_ufw.cpp and fuzz_acl.cpp (FuzzHarness): the target's seeds first,
// then 20,000 mutations of them with a fixed seed, one mutant in eight kept to be mutated further.
// A broken invariant of the target is counted with its first input.
//
//   fuzz_ufw_corpus [--iterations N] [--seed S] [--write-corpus DIR]

#include "FuzzCheck.h"
#include "FuzzHarness.h"

#include <QByteArray>
#include <QList>

QList<QByteArray> xynapFuzzSeeds();

namespace {

const QList<QByteArray> kDictionary = {
    "/",
    ":",
    ",",
    " ",
    "\n",
    "any",
    "0.0.0.0/0",
    "::/0",
    "::",
    "/0",
    "/33",
    "/129",
    "65535",
    "65536",
    "0",
    "-1",
    "99999999999999999999",
    "### tuple ###",
    "allow",
    "deny",
    "reject",
    "limit",
    "_log",
    "_log-all",
    "route:",
    "udp",
    "tcp",
    "esp",
    "in",
    "out",
    "in_eth0!out_eth1",
    "comment=",
    "zz",
    "(v6)",
    "Anywhere",
    "[ 1]",
    "ALLOW IN",
    "DENY",
    "FWD",
    "#",
    "'",
    "\"",
    "\\",
    "ufw ",
    "from ",
    "to ",
    "port ",
    "proto ",
    "app ",
    "on ",
    "insert 1 ",
    "delete ",
    "prepend ",
    "<node",
    "<list",
    "</list>",
    "cidr=\"",
    "host=\"",
    "mask=\"",
    "255.255.255.0",
    "domain=\"",
    "type=\"",
    "default=\"",
    "port-min=\"",
    "ports=\"",
    "<network-lists>",
    "<configuration name=\"acl.conf\">",
    "<!--",
    "&amp;",
    "<![CDATA[",
    "2001:8d8:104:100:212:227:124:128/125",
    "92.197.176.0/24",
    "5060:5061",
    "1:65535",
};

} // namespace

int main(int argc, char **argv)
{
    namespace op = xynap::fuzz::op;
    xynap::fuzz::Driver driver;
    driver.name = XYNAP_FUZZ_NAME; // fuzz_ufw or fuzz_acl (coverage.cmake)
    driver.iterations = 20'000;
    driver.seed = 20240611U;
    driver.seeds = xynapFuzzSeeds();
    driver.mutator.operators = {op::flipBit(), op::replaceByte(), op::insertBytes(4),
        op::eraseRange(64), op::duplicateRange(128), op::insertToken(kDictionary), op::spliceRest(),
        op::swapLines(), op::truncate()};
    driver.mutator.maxRounds = 6;
    driver.mutator.maxSize = 65536;
    driver.keepMutants = 256;
    driver.failureHook = &xynap_fuzz::onFailure;
    return xynap::fuzz::runDriver(argc, argv, driver);
}
