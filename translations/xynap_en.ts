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
        <source>Connect with the saved connection profile NAME.</source>
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
        <source>No connection profile named &quot;%1&quot;. Create it with: xynapctl profile add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform: --demo for the built-in sandbox, or --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NOC dashboard is not part of this version yet; showing the main window.</source>
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
        <source>The TLS connection to the Platform API failed: %1</source>
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
</context>
<context>
    <name>xynap::session::PlatformSession</name>
    <message>
        <source>The Platform API sent trunks the console cannot read: %1</source>
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
</context>
<context>
    <name>xynap::ui::TrunksPage</name>
    <message>
        <source>Filter trunks (name, provider, proxy, number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
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
</context>
</TS>
