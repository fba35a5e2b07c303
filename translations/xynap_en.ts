<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Administration console for the xynap telephony platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the built-in sandbox platform (nothing real is touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the NOC dashboard full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the saved connection profile NAME (without: choose one in the connect dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: start the sandbox on a built-in scenario (realm-typo, firewall-gap, …) or a scenario FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile named &quot;%1&quot;. Start without --profile to create it, or use: xynapctl profile add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap</name>
    <message>
        <source>the file is larger than %1 MiB, the limit for input files; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a directory, device, FIFO or socket); only regular files are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::FieldLabels</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sofia profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID in From header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gw-auth-acl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::coverage</name>
    <message>
        <source>list without a name (FreeSWITCH skips it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown default &apos;%1&apos; (FreeSWITCH treats it as deny)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list &apos;%1&apos; is defined twice; FreeSWITCH uses the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CIDR &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host and mask must be given together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid host/mask &apos;%1/%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node without cidr, host/mask or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH answered &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acl.conf network lists found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW is inactive: the firewall filters nothing, SIP is open to every address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider documentation allows SIP only from the providers&apos; address ranges; without the firewall scanners reach FreeSWITCH directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW&apos;s default incoming policy is allow: every port that no rule denies is open to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider documentation allows SIP only from the providers&apos; address ranges; with a default of allow the allow rules change nothing and SIP is open to scanners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>UFW&apos;s IPv6 support is off (IPV6=no): %n IPv6 rule(s) are not loaded and all IPv6 traffic is dropped.</source>
        <translation>
            <numerusform>UFW&apos;s IPv6 support is off (IPV6=no): %n IPv6 rule is not loaded and all IPv6 traffic is dropped.</numerusform>
            <numerusform>UFW&apos;s IPv6 support is off (IPV6=no): %n IPv6 rules are not loaded and all IPv6 traffic is dropped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Media arrives on FreeSWITCH&apos;s RTP ports; when UFW drops it the call connects but stays silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sends its SIP requests from these addresses; UFW drops what no rule allows, so inbound calls (and for a registering trunk the registration) fail. The provider documentation allows exactly these ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW does not allow %1 from %2: its IPv6 support is off (IPV6=no), so it drops all IPv6 traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW rule %1 (%2) matches %3 from %4 before rule %5 (%6) can allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw applies the first rule that matches: a deny or reject placed before an allow wins, and the allow never takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW allows %1 from %2 only in part; not allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW does not allow %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW rule %1 (%2) opens SIP port %3 to every address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the providers&apos; address ranges may reach SIP (provider documentation). An open SIP port is found by scanners within minutes; registration attempts, password guessing and toll fraud follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW rule %1 (%2) opens the WebRTC port %3/tcp to every address, as documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers connect from anywhere; the provider documentation keeps this port open on purpose because it is secured by TLS through Traefik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW opens the RTP ports %1/udp to every address (rules %2), as documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media comes from addresses and ports negotiated per call, so the provider documentation opens the RTP ports to all; FreeSWITCH only accepts media for calls it set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 uses RTP ports %2, but UFW opens only %3 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH picks each call&apos;s port anywhere in rtp-start-port..rtp-end-port; a call that gets a port UFW drops connects without audio until FreeSWITCH sends first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW rule %1 (%2) opens %3/udp to every address, but no profile uses these ports for RTP (the profiles use %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open range nobody listens on does no harm by itself, but it shows that the firewall and FreeSWITCH&apos;s RTP port range have drifted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; has no default and therefore allows every address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH treats a list without default= as default allow: its allow nodes change nothing. The provider documentation requires sip-gateways with default deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 applies the inbound ACL &apos;%2&apos;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH then trusts no address on this profile: calls from Plusnet, which authenticates by source address only, are challenged and fail (403 with auth-calls=false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider documentation names the list sip-gateways (default deny) as the second protective layer behind UFW: only the providers&apos; ranges may send SIP requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; does not allow %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only from source ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; allows %2 only in part; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the rule number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid position &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing interface after &apos;on&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing text after &apos;comment&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing port or address after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;from&apos; or &apos;to&apos; before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown keyword &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source and destination are of different address families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port lists and ranges need &apos;tcp&apos; or &apos;udp&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ufw command: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid default policy &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY=value, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPV6 must be yes or no, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid comment &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed tuple: expected 6 to 9 fields, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown log type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address in an IPv4 rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address in an IPv6 rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid direction &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing address or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ufw status row: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH&apos;s ACL is the second protective layer: a profile&apos;s apply-inbound-acl lets only listed addresses in without a challenge. %1 sends its inbound calls from these addresses; challenged, they fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH&apos;s ACL is the second protective layer: a profile&apos;s apply-inbound-acl lets only listed addresses in without a challenge. %1 authenticates by source address only (no REGISTER), so its calls fail when its addresses are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the output of `ufw status`, not a user6.rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the output of `ufw status`, not a user.rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is /etc/default/ufw, not a user6.rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is /etc/default/ufw, not a user.rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a user6.rules file (no &quot;*filter&quot; or &quot;### tuple ###&quot; line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a user.rules file (no &quot;*filter&quot; or &quot;### tuple ###&quot; line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is user.rules (the IPv4 rules), not user6.rules: its chains are ufw-user-*, not ufw6-user-*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is user6.rules (the IPv6 rules), not user.rules: its chains are ufw6-user-*, not ufw-user-*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With IPV6=no ufw-init sets every ip6tables chain to DROP and reads no user6.rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must reach the switch over IPv6. With IPV6=no ufw-init sets every ip6tables chain to DROP and reads no user6.rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::esl</name>
    <message>
        <source>Nothing accepts connections there: is FreeSWITCH running and mod_event_socket loaded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH refused the Event Socket password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not allowed by FreeSWITCH&apos;s event socket ACL (apply-inbound-acl in event_socket.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer does not speak the Event Socket protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was not sent: it contains a line break, which would let it run further commands on FreeSWITCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer asked for the password again in the middle of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Event Socket password contains a line break; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::esl::Link</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1:%2 (attempt %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH&apos;s gateway list could not be read (sofia xmlstatus gateway: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH does not answer: no reply to a probe within %1 s (asked at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH does not answer: a request got no reply within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint</name>
    <message>
        <source>Move the trunk to the profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::AddressFamilyRule</name>
    <message>
        <source>the profile %1 binds %2 (sip-ip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ext-sip-ip is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must run over %2, but %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepts only IPv4: a profile that cannot send over IPv4 never reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbound proxy %1 is not an %2 address, but %3 runs over %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1&amp;1 answers IPv4 with 503 Service Unavailable; calls routed through an IPv4 outbound proxy fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are routed through the outbound proxy: one of the wrong address family cannot be reached from this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the documented outbound proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts the trunk over IPv6 only (see the provider notes): the profile, its ext-sip-ip and ext-rtp-ip and the outbound proxy must all be IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::CallerIdOwnRule</name>
    <message>
        <source>The caller ID %1 is none of this trunk&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers replace or reject a caller ID that is not assigned to the trunk; callers then see another number or the call fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::CoverageRule</name>
    <message>
        <source>Add to acl.conf.xml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::DriftRule</name>
    <message>
        <source>FreeSWITCH does not run the gateway %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If FreeSWITCH started before the Platform API answered, its profiles have no gateways and never ask again; only a rescan of the profile loads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan the profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved but not applied: FreeSWITCH runs %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain rescan never changes an existing gateway (&quot;Ignoring duplicate gateway&quot;); only killgw followed by rescan applies the saved trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to FreeSWITCH (killgw + rescan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (node %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version it loaded (%1) while version %2 is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell whether FreeSWITCH runs the saved %1 entirely: it does not report the outbound proxy, the password, the retry interval or caller-id-in-from, and the console has not seen it load this gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a gateway FreeSWITCH loaded while the console watched, or one applied from here, has a known version. Apply it (killgw + rescan) to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::DuplicateGatewayRule</name>
    <message>
        <source>The gateway name %1 is used %2 times (profiles %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH creates every copy; they register and ping side by side and overwrite each other&apos;s state, so `sofia status` may show the gateway on the wrong profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::E164Rule</name>
    <message>
        <source>%1 is not an E.164 number: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The providers expect numbers as +&lt;country code&gt;&lt;number&gt; without spaces; anything else is rejected or routed wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::GatewayNameRule</name>
    <message>
        <source>The gateway name &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH accepts only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; in gateway names and drops any other gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename it %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::IpAuthRule</name>
    <message>
        <source>%1 authenticates by IP address: register must be off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept REGISTER; the gateway would keep failing. NOREG is the healthy state of an IP-authenticated trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn register off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 sends from %2, but %3 has only %4 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticates exclusively by the source address; calls from any other address are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::Ipv6BracketsRule</name>
    <message>
        <source>The IPv6 address in %1 must be in square brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH puts the value into a sip: URI, where an IPv6 address without brackets is cut at the last colon: it would send to host %1, port %2, and never reach the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::Ipv6LiteralAuthAclRule</name>
    <message>
        <source>A registering trunk with an IPv6 address as proxy needs gw-auth-acl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH only answers a challenge that comes from the proxy&apos;s address; with an IPv6 literal the comparison fails, it fires gateway_invalid_digest_req and the registration times out. gw-auth-acl naming a list that contains the provider lets it answer; a host name such as %1 avoids the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set gw-auth-acl to sip-gateways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::MalformedHostRule</name>
    <message>
        <source>%1 is not a valid host[:port]: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH cannot build a SIP URI from it; the gateway does not reach its provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the surrounding spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::NotServedRule</name>
    <message>
        <source>FreeSWITCH runs the gateway %1 on %2, but the Platform API serves no trunk of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (node %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a trunk does not stop its gateway: it keeps registering and taking calls until it is removed with killgw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::OutboundProxyRequiredRule</name>
    <message>
        <source>A %1 trunk needs the outbound proxy %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is DNS round robin: without a fixed outbound proxy INVITE and ACK may land on different SIP servers, and calls fail with 408 Request Timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the outbound proxy to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::RealmOrProxyRule</name>
    <message>
        <source>Proxy and realm are both empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH then uses the gateway name as the realm and the proxy, which is no SIP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the proxy to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::RealmRule</name>
    <message>
        <source>The realm of a %1 trunk must be %2; it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The realm of a %1 trunk must be exactly %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API puts the realm into the gateway&apos;s from-domain, so From and To carry the wrong domain and %1 answers 401 Unauthorized although username and password are right (FreeSWITCH reports it as 904 &quot;Operation has no matching challenge&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the proxy empty, FreeSWITCH even uses the realm as the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the realm to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::RegisterCredentialsRule</name>
    <message>
        <source>FreeSWITCH silently skips a registering gateway without username and password: the trunk simply does not exist, and nothing is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register is on, but neither a username nor a password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register is on, but no username is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register is on, but no password is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::RtpFamilyRule</name>
    <message>
        <source>The profile %1 announces media on %2 (ext-rtp-ip), but %3 needs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls connect, but nobody hears anything: the provider cannot send audio to an address of the other IP version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::lint::TimerRule</name>
    <message>
        <source>A ping interval below 5 seconds silently turns pinging off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH silently uses %1 seconds instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n second(s); FreeSWITCH needs at least 5 seconds.</source>
        <translation>
            <numerusform>%1 is %n second; FreeSWITCH needs at least 5 seconds.</numerusform>
            <numerusform>%1 is %n seconds; FreeSWITCH needs at least 5 seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::platform</name>
    <message>
        <source>The Platform API did not accept the token: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a permission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the Platform API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this trunk in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API requires the trunk&apos;s version (If-Match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API rejected some fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API failed (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API sent a reply the console cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP to a remote host is refused: allow it in the connection profile or use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keychain was found (%1). A Secret Service such as GNOME Keyring or KWallet must be running and have an unlocked default keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for a password prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given for the keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so the system keychain cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked, so its entries can be neither read nor changed. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to the Platform API failed: %1. Nothing was sent. Check the profile&apos;s CA file or public-key pin, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API did not answer in time: the request took longer than its total deadline of %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API did not answer in time: nothing arrived for %1 s (transfer timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token holds a line break or another control character: nothing was sent. Store the token again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session</name>
    <message>
        <source>Next attempt in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepted the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved trunk registers, but FreeSWITCH runs the gateway without REGISTER: the change was saved but not applied (killgw + rescan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pings time out (408)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer OPTIONS pings in time. Without a fixed outbound proxy, DNS round robin sends requests to different servers: set the outbound proxy%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pings fail (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pings fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer OPTIONS pings: no calls will pass until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP authentication (NOREG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOREG is the healthy state of a trunk authenticated by IP address: no REGISTER takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers 503: IPv4 in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejects registrations over IPv4 with 503 Service Unavailable. The trunk must use a profile that binds IPv6, with IPv6 ext-sip-ip and ext-rtp-ip and an IPv6 outbound proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials rejected (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps answering 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps answering 401 Unauthorized (FreeSWITCH reports it as %2): the realm must be %3, it is &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejects the credentials (FreeSWITCH reports %2): check username and password; the realm must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejects the credentials (%1): check username, password and realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge from an unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar&apos;s challenge came from an address the gateway does not know (an IPv6 literal proxy without gw-auth-acl), so FreeSWITCH never answers it. Set gw-auth-acl or use the host name as proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to REGISTER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy is an IPv6 address without brackets: FreeSWITCH cuts it at the last colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration failed (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A REGISTER is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway was killed (killgw) and is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer OPTIONS pings in time, although the outbound proxy %2 is set: the provider or the path to it does not answer (firewall, routing, an outage at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers 503 over IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REGISTER left over IPv6, so this is not the IPv4 block: %1 is unavailable or refuses this address. Check that the ext-sip-ip is the address enabled at %1, and the provider&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503 Service Unavailable. %1 answers so to registrations over IPv4; over which family this REGISTER left is not known yet (FreeSWITCH reports it with the next attempt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration failing (cause not reported yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH has not reported the SIP answer since the console connected; the next attempt will. The saved realm is &quot;%2&quot; where %3 requires %1 and answers 401 Unauthorized to any other domain (FreeSWITCH reports it as 904).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH has not reported the SIP answer since the console connected (its status list carries none); the next attempt will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pings fail (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503 Service Unavailable to the OPTIONS pings: either %1 answered so, or nothing answered and FreeSWITCH&apos;s own SIP stack reported it (no listener, no route). FreeSWITCH&apos;s ping report does not say which: check the provider&apos;s status and the path to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 (503 from FreeSWITCH itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered the REGISTER: FreeSWITCH&apos;s own SIP stack reported 503 after the network refused the packet (no listener, ICMP port unreachable). %1 said nothing: check the proxy&apos;s address and port, the routing and the firewalls on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session::ActivityLog</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk or node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed / note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session::ApplyJob</name>
    <message>
        <source>No gateway_delete within %1 s; rescanning anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rescan of %1 did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the running gateway %1 (killgw)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescanning the profile %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 was rescanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to come back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back but still %2 after %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not come back within %3 s of the rescan: is it still served to the profile %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no gateway %1: FreeSWITCH does not run it and the Platform API does not serve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply (killgw + rescan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back (NOREG), applied but not yet confirmed: no ping was answered within %2 s of the rescan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back but not healthy: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back (NOREG); waiting for an answered ping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back (NOREG), applied but not confirmed: it does not ping, so nothing FreeSWITCH reports proves the path to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back: NOREG, and a ping was answered since the rescan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH to delete %1 (killgw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rescan of %1 to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to register or fail (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to come back after the rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answered ping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the profile name is not one FreeSWITCH accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: &quot;_all_&quot; removes every gateway of the profile %1 and drops their calls; it needs a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the gateway name is not one FreeSWITCH accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gateway of %1 is being removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session::CoverageMatrixModel</name>
    <message>
        <source>UFW: not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>UFW: %1 (%n rule(s))</source>
        <translation>
            <numerusform>UFW: %1 (%n rule)</numerusform>
            <numerusform>UFW: %1 (%n rules)</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL: not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ACL: %1 (%n list(s))</source>
        <translation>
            <numerusform>ACL: %1 (%n list)</numerusform>
            <numerusform>ACL: %1 (%n lists)</numerusform>
        </translation>
    </message>
    <message>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shadowed by deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list&apos;s default (allow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list&apos;s default (deny)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW&apos;s IPv6 support is off (IPV6=no): it drops all IPv6 traffic, whatever the rules say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let through because UFW is inactive or its default incoming policy is allow — not by a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit rule allows part of it: ufw blocks a source that opens 6 or more connections within 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps (not let through):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches first and hides %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule matches: the default policy (%1) decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; does not exist, so FreeSWITCH does not let this block in without a challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &apos;%1&apos; (line %2, default allow), decided per block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List &apos;%1&apos; (line %2, default deny), decided per block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only from source ports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain= node(s) not evaluated: their addresses come from the directory.</source>
        <translation>
            <numerusform>%n domain= node not evaluated: its addresses come from the directory.</numerusform>
            <numerusform>%n domain= nodes not evaluated: their addresses come from the directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>A single address the provider&apos;s trunk uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An address range of the provider (%n address(es)).</source>
        <translation>
            <numerusform>An address range of the provider (%n address).</numerusform>
            <numerusform>An address range of the provider (%n addresses).</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider sends no SIP from this block; the ACL does not matter for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not use this service from this block; no rule is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ACL loaded: open acl.conf.xml, paste it, or load it from FreeSWITCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No UFW rules loaded: open a file, paste them, or load them from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Nothing to fix: no warnings and no errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># UFW: run on the switch as root, then check with `ufw status numbered`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The console never changes a firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;!-- FreeSWITCH ACL: add to list &quot;%1&quot; in autoload_configs/acl.conf.xml, then run `reloadacl`. --&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range / address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP UDP 5060</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP TLS 5061</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSS 7443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW: SIP over UDP to port 5060</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW: SIP over TLS (TCP) to port 5061</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW: media (UDP) to the RTP ports of the provider&apos;s Sofia profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW: WebRTC (secure WebSocket, TCP) to port 7443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH: does the network list let this block in (apply-inbound-acl)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Platform API sent no list of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Platform API sent a rule that is not text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session::GatewayMonitor</name>
    <message>
        <source>No data since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to %1 is down or silent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last SIP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node announced more than %1 gateways; the rest is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway list unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API serves the trunk %1 for the profile %2, but FreeSWITCH on %3 does not run it. If FreeSWITCH started before the API answered, its profiles have no gateways and never ask again: rescan the profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH deleted the gateway, and the Platform API no longer serves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH deleted the gateway (killgw, a profile restart or a shutdown) and has not added it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not served by the Platform API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH runs this gateway, but the Platform API serves no trunk of this name (deleted?). It keeps registering and taking calls until it is removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH runs this gateway, but the Platform API serves no trunk of this name (deleted?). It keeps registering and taking calls until it is removed with killgw; its name is not one FreeSWITCH accepts, so no command is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved trunk has an error that explains this: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved change not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will fail when applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by operator at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of service from this console (killgw) at %1. FreeSWITCH runs it again after a rescan of the profile %2: Return to service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session::HealthSummary</name>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunks not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gateway reported by FreeSWITCH and none served by the Platform API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n gateway(s) healthy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session::PlatformSession</name>
    <message>
        <source>The Platform API sent trunks the console cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL: no FreeSWITCH node is configured, so the ACL cannot be read over the Event Socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL: no FreeSWITCH node is connected, so the ACL cannot be read over the Event Socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL: FreeSWITCH node %1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL: FreeSWITCH node %1 answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH %1 (Event Socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>UFW rules: %n line(s) could not be read, so the firewall is not checked.</source>
        <translation>
            <numerusform>UFW rules: %n line could not be read, so the firewall is not checked.</numerusform>
            <numerusform>UFW rules: %n lines could not be read, so the firewall is not checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>ACL: %1, so the ACL is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session::SofiaActions</name>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Sofia profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is restarting; its gateways come back in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 was not restarted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session::TrunkEditSession</name>
    <message>
        <source>Saved, but the Platform API&apos;s answer cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The gateway XML could not be fetched: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the save never came, and the trunk cannot be read again (%1): it is not known whether the platform saved it. Your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the save never came; the platform still holds version %1: not saved. Your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the save never came; the platform now holds version %1, which is not your draft. Your draft is kept: review and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::session::TrunkTableModel</name>
    <message>
        <source>REGISTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s)</source>
        <translation>
            <numerusform>✖ %n error</numerusform>
            <numerusform>✖ %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n warning(s)</source>
        <translation>
            <numerusform>▲ %n warning</numerusform>
            <numerusform>▲ %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FreeSWITCH node is connected: whether FreeSWITCH runs this trunk is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data from this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen on this node yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on all %3 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3 (%4 of %5 nodes healthy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::ActivityPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (trunk, node, request, answer, note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::ConflictDialog</name>
    <message>
        <source>Conflict: %1 was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved %1 after you opened it. Choose for each field which value to keep; then review and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ between their version and yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides (marked ⚠): these need your choice.</source>
        <translation>
            <numerusform>%n field changed on both sides (marked ⚠): it needs your choice.</numerusform>
            <numerusform>%n fields changed on both sides (marked ⚠): these need your choice.</numerusform>
        </translation>
    </message>
    <message>
        <source>No field was changed on both sides: their changes and yours merge as proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version: %1, saved while you edited version %2. The Platform API does not say who saved it or when; your save was refused at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ both, differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>them only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version: %1, saved by %2 at %3 while you edited version %4; your save was refused at %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::ConnectDialog</name>
    <message>
        <source>Allow plain &amp;HTTP to this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the secrets in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://platform.example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fs1.example.net:8021 — one FreeSWITCH node per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the platform&apos;s own CA (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: SHA-256 of the server&apos;s public key, base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the secrets typed here are used for this session only and written nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event Socket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-key &amp;pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Socket pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Plain HTTP: the API token and every change travel unencrypted and can be read or altered on the way. The console keeps a warning on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP to a host other than this computer is refused. Use https://, or tick the box to allow it for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored: FreeSWITCH&apos;s default is tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the profile a name, e.g. production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: &quot;/&quot; cannot be part of a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform API: &quot;%1&quot; is not an http(s) URL such as https://platform.example.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform API: plain HTTP to %1 is refused. Use https://, or allow plain HTTP for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Socket, line %1: &quot;%2&quot; is not HOST:PORT (IPv6 in brackets: [2001:db8::1]:8021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-key pin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not keep the secrets (%1). They are used for this session only and written nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token may look, but not change trunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection profile %1 and its secrets in the keychain? xynapctl uses the same profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saving to the keychain… try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time (%1). The secrets are used for this session; the keychain may still store them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform yet? Enter a name, the Platform API&apos;s address (https://…), one FreeSWITCH node per line as HOST:PORT of its Event Socket (8021) and the API token. Test checks them; Connect saves and opens the console. Just looking? Try the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the console on its built-in sandbox platform: nothing real is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Platform API (/api/v1/auth/me) and to the Event Socket of every node; say what each answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use once, don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed the saved profile %1. Save the changes for next time (xynapctl uses the same profiles), or use them for this connection only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Platform API: signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Event Socket %1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Platform API: signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Platform API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply does not say whose token it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Event Socket %1: signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Event Socket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: use at most 128 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, e.g. production.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::Connector</name>
    <message>
        <source>API token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token for this session only; it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s CA file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s public-key pin cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Event Socket password for %1 could not be read from the keychain (%2); FreeSWITCH&apos;s default is tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is stored in the keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console runs without a token: the platform refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XYNAP_TOKEN is not used: the profile %1 has its own API token in the keychain, and a token belongs to its platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::CoveragePage</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall and ACL coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which provider ranges and trunk addresses UFW and FreeSWITCH&apos;s ACL let through, and by which rule. Read-only: the console never changes a firewall; it suggests the lines to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user.rules and user6.rules (choose both), saved `ufw status numbered` or `ufw show added` output, acl.conf.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW rules from the Platform API, the ACL from FreeSWITCH over the Event Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell: the deciding rules, the gaps and the fix appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Suggest a fix” writes the ufw commands and ACL nodes that close the gaps here, to copy and run on the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file, paste rules, or load them from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open UFW rules or acl.conf.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall rules and ACLs (*.rules *.xml *.txt *.conf *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the UFW rules from the Platform API and the ACL from FreeSWITCH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded from the platform at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and were left out; the rest was analysed:</source>
        <translation>
            <numerusform>%n line could not be read and was left out; the rest was analysed:</numerusform>
            <numerusform>%n lines could not be read and were left out; the rest was analysed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s)</source>
        <translation>
            <numerusform>✖ %n error</numerusform>
            <numerusform>✖ %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n warning(s)</source>
        <translation>
            <numerusform>▲ %n warning</numerusform>
            <numerusform>▲ %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ℹ %n note(s)</source>
        <translation>
            <numerusform>ℹ %n note</numerusform>
            <numerusform>ℹ %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested fix is on the clipboard. Nothing was changed on the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::CoveragePasteDialog</name>
    <message>
        <source>Paste firewall rules or ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFW (user.rules, ufw status, ufw show added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH ACL (acl.conf.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw allow from 92.197.176.0/24 to any port 5060 proto udp
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste what the switch printed. Nothing is sent anywhere and nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::DeleteTrunkDialog</name>
    <message>
        <source>Delete trunk %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk %1 has no numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These numbers lose their route when %1 is deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the gateway name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the trunk does not stop its gateway: FreeSWITCH keeps %1 registered and routing calls until it is removed (Gateways page: the gateway then shows &quot;Not served by the Platform API&quot;; xynapctl lint: XY-NOT-SERVED with the killgw line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::GatewayTile</name>
    <message>
        <source>Last answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::GatewaysPage</name>
    <message>
        <source>Re&amp;scan profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter gateways (name, node, state, diagnosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the running gateway and load it again from the Platform API. Calls are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load new gateways of this profile. A rescan never changes a gateway that is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the Sofia profile: every call on it is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reloadxml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reloadacl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last raw event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1: no data since %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: connected, last data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FreeSWITCH node configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers known for this gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1 on %2 drops every call on the profile. The number of calls could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restarting %1 on %2 drops %n call(s) in progress on this profile.</source>
        <translation>
            <numerusform>Restarting %1 on %2 drops %n call in progress on this profile.</numerusform>
            <numerusform>Restarting %1 on %2 drops %n calls in progress on this profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart profile %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart and drop calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: no FreeSWITCH node is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the FreeSWITCH node %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1: connected, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply (killgw + rescan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the tr&amp;unk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the trunk %1 in the editor (or double-click the gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform API serves no trunk named %1: there is nothing to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ FreeSWITCH on %1 read its access lists again (reloadacl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ FreeSWITCH on %1 read its XML configuration again (reloadxml). Gateways change only after a rescan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ reloadacl on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ reloadxml on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;out of service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return t&amp;o service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killgw: FreeSWITCH stops registering and using %1; calls in progress are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rescan of %1: FreeSWITCH loads %2 again from the Platform API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 to service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeSWITCH on %1 loads the gateway %2 again from the Platform API (a rescan of the profile %3) and starts registering or pinging with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FreeSWITCH on %1 removes the gateway %2 (sofia profile %3 killgw %2): it stops registering, and no new call uses it. The %n call(s) in progress on it are kept. It stays out of service, shown as stopped by operator, until you return it.</source>
        <translation>
            <numerusform>FreeSWITCH on %1 removes the gateway %2 (sofia profile %3 killgw %2): it stops registering, and no new call uses it. The %n call in progress on it is kept. It stays out of service, shown as stopped by operator, until you return it.</numerusform>
            <numerusform>FreeSWITCH on %1 removes the gateway %2 (sofia profile %3 killgw %2): it stops registering, and no new call uses it. The %n calls in progress on it are kept. It stays out of service, shown as stopped by operator, until you return it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 on %2 is out of service (stopped by operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1 on %2 could not be taken out of service: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About xynap console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list of the page (Trunks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected trunk in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected trunk (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: review and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor: undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog (the editor asks before discarding changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to another platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page, button or field whose letter is underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous control; tables do not keep the Tab key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sofia profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (IP authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About xynap console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;xynap console %1&lt;/h3&gt;&lt;p&gt;The administration console for the xynap telephony platform: the SIP trunks of Plusnet and 1&amp;amp;1 as the Platform API holds them, the gateways as FreeSWITCH runs them, and a sandbox to try everything.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::MainWindow</name>
    <message>
        <source>xynap console — SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xynap console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — a simulated platform on this computer. Changes here never reach a real FreeSWITCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NOC dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to another platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ PLAIN HTTP — the API token and every change travel unencrypted to %1 and can be read or altered on the way. The profile allows it; use https:// to end this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a console for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::NocDashboard</name>
    <message>
        <source>xynap NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateways reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? %1 of %2 gateways without current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1 of %2 gateways down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1 of %2 gateways degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ All %n gateway(s) healthy</source>
        <translation>
            <numerusform>✔ %n gateway healthy</numerusform>
            <numerusform>✔ All %n gateways healthy</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1: no data since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>? %n node(s) without a readable gateway list</source>
        <translation>
            <numerusform>? %n node without a readable gateway list</numerusform>
            <numerusform>? %n nodes without a readable gateway list</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ %1: gateway list unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more not healthy: see the Gateways page</source>
        <translation>
            <numerusform>+ %n more not healthy: see the Gateways page</numerusform>
            <numerusform>+ %n more not healthy: see the Gateways page</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1 healthy — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 healthy — %2 — on %n node(s)</source>
        <translation>
            <numerusform>✔ %1 healthy — %2 — on %n node</numerusform>
            <numerusform>✔ %1 healthy — %2 — on %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2@%3: no data since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ No contact with %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ No contact with %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✖ No contact with %n node(s): %1</source>
        <translation>
            <numerusform>✖ No contact with %n node: %1</numerusform>
            <numerusform>✖ No contact with %n nodes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s) unknown</source>
        <translation>
            <numerusform>%n gateway unknown</numerusform>
            <numerusform>%n gateways unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more down</source>
        <translation>
            <numerusform>%n more down</numerusform>
            <numerusform>%n more down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n gateway(s) healthy, not all shown: the window is too small</source>
        <translation>
            <numerusform>✔ %n gateway healthy, not all shown: the window is too small</numerusform>
            <numerusform>✔ %n gateways healthy, not all shown: the window is too small</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::RangeBar</name>
    <message>
        <source>Range bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell of the matrix to see which part of its block is let through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3% of the block%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell to see which part of its block is let through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% let through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::ReviewDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the Platform API for the gateway XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will change:</source>
        <translation>
            <numerusform>%n field will change:</numerusform>
            <numerusform>%n fields will change:</numerusform>
        </translation>
    </message>
    <message>
        <source>FreeSWITCH will receive this gateway (password masked). A saved trunk is applied with killgw + rescan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks found errors that will cause an outage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save anyway, give a reason (it goes to the activity log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for saving despite errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::StateChart</name>
    <message numerus="yes">
        <source>State changes, last %n hour(s)</source>
        <translation>
            <numerusform>State changes, last hour</numerusform>
            <numerusform>State changes, last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>State changes, last %n minute(s)</source>
        <translation>
            <numerusform>State changes, last minute</numerusform>
            <numerusform>State changes, last %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ healthy  ▲ degraded  ✖ down  ? unknown  ▨ no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::TrunkEditor</name>
    <message>
        <source>Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept; save again when the Platform API is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register (REGISTER with username and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID in From header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number (E.164)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host[:port], IPv6 in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host[:port], IPv6 in brackets: [2001:db8::1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored — type to set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trunk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 despite errors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Someone else saved this trunk in the meantime. Choose per field what to keep; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with their version. Review and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk %1 has unsaved changes. Close and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), each shown under its field above.</source>
        <translation>
            <numerusform>%n finding, shown under its field above.</numerusform>
            <numerusform>%n findings, each shown under its field above.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Saved. FreeSWITCH keeps running the old gateway until it is applied: Apply to FreeSWITCH on the Trunks page, with %1 selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: there is nothing to review or save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xynap::ui::TrunksPage</name>
    <message>
        <source>Filter trunks (name, provider, proxy, number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the trunks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading trunks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trunk(s) from the Platform API</source>
        <translation>
            <numerusform>%n trunk from the Platform API</numerusform>
            <numerusform>%n trunks from the Platform API</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: your token (%1) lacks the permission trunks:write. You can look, but not save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: someone changed the trunk in the meantime. Reload and check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall, ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in the trunks, the firewall or the ACL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in the trunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a trunk saved but not applied: killgw + rescan on every connected node; for one FreeSWITCH does not run: a rescan of its profile. Calls in progress are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the trunks could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y to FreeSWITCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: your token (%1) lacks the permission trunks:write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trunk named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not load the trunks: %1 — retrying in %n s</source>
        <translation>
            <numerusform>Could not load the trunks: %1 — retrying in %n s</numerusform>
            <numerusform>Could not load the trunks: %1 — retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a trunk saved but not applied (XY-NOT-APPLIED) or not running (XY-NOT-RUNNING), or its finding, to apply it to FreeSWITCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n trunk(s) from the Platform API shown, filtered by “%2”</source>
        <translation>
            <numerusform>%1 of %n trunk from the Platform API shown, filtered by “%2”</numerusform>
            <numerusform>%1 of %n trunks from the Platform API shown, filtered by “%2”</numerusform>
        </translation>
    </message>
</context>
</TS>
