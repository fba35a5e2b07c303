<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Administration console for the xynap telephony platform.</source>
        <translation>Verwaltungskonsole der xynap-Telefonieplattform.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox platform (nothing real is touched).</source>
        <translation>Mit der eingebauten Sandbox-Plattform starten (nichts Echtes wird verändert).</translation>
    </message>
    <message>
        <source>Open the NOC dashboard full screen.</source>
        <translation>Das NOC-Dashboard im Vollbild öffnen.</translation>
    </message>
    <message>
        <source>Connect with the saved connection profile NAME.</source>
        <translation>Mit dem gespeicherten Verbindungsprofil NAME verbinden.</translation>
    </message>
    <message>
        <source>Render the main window to FILE (PNG) and exit.</source>
        <translation>Das Hauptfenster als DATEI (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>No connection profile named &quot;%1&quot;. Create it with: xynapctl profile add</source>
        <translation>Kein Verbindungsprofil namens &quot;%1&quot;. Anlegen mit: xynapctl profile add</translation>
    </message>
    <message>
        <source>Choose a platform: --demo for the built-in sandbox, or --profile NAME.</source>
        <translation>Plattform wählen: --demo für die eingebaute Sandbox oder --profile NAME.</translation>
    </message>
    <message>
        <source>The NOC dashboard is not part of this version yet; showing the main window.</source>
        <translation>Das NOC-Dashboard ist in dieser Version noch nicht enthalten; das Hauptfenster wird gezeigt.</translation>
    </message>
</context>
<context>
    <name>xynap::esl</name>
    <message>
        <source>Nothing accepts connections there: is FreeSWITCH running and mod_event_socket loaded?</source>
        <translation>Dort nimmt niemand Verbindungen an: Läuft FreeSWITCH und ist mod_event_socket geladen?</translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>Der Hostname konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>FreeSWITCH did not answer in time.</source>
        <translation>FreeSWITCH hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>FreeSWITCH refused the Event Socket password.</source>
        <translation>FreeSWITCH hat das Event-Socket-Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>This address is not allowed by FreeSWITCH&apos;s event socket ACL (apply-inbound-acl in event_socket.conf).</source>
        <translation>Diese Adresse ist in der Event-Socket-ACL von FreeSWITCH nicht erlaubt (apply-inbound-acl in event_socket.conf).</translation>
    </message>
    <message>
        <source>FreeSWITCH closed the connection.</source>
        <translation>FreeSWITCH hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The peer does not speak the Event Socket protocol.</source>
        <translation>Die Gegenstelle spricht nicht das Event-Socket-Protokoll.</translation>
    </message>
</context>
<context>
    <name>xynap::platform</name>
    <message>
        <source>The Platform API did not accept the token: sign in again.</source>
        <translation>Die Platform API hat das Token nicht akzeptiert: bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>The token lacks a permission: %1</source>
        <translation>Dem Token fehlt eine Berechtigung: %1</translation>
    </message>
    <message>
        <source>Not found on the Platform API: %1</source>
        <translation>Auf der Platform API nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Someone else changed this trunk in the meantime.</source>
        <translation>Jemand anderes hat diesen Trunk inzwischen geändert.</translation>
    </message>
    <message>
        <source>The Platform API requires the trunk&apos;s version (If-Match).</source>
        <translation>Die Platform API verlangt die Version des Trunks (If-Match).</translation>
    </message>
    <message>
        <source>The Platform API rejected some fields.</source>
        <translation>Die Platform API hat einige Felder abgelehnt.</translation>
    </message>
    <message>
        <source>The Platform API refused the request (HTTP %1): %2</source>
        <translation>Die Platform API hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Platform API failed (HTTP %1). Try again later.</source>
        <translation>Die Platform API ist fehlgeschlagen (HTTP %1). Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>The Platform API did not answer in time.</source>
        <translation>Die Platform API hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The Platform API cannot be reached: %1</source>
        <translation>Die Platform API ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The TLS connection to the Platform API failed: %1</source>
        <translation>Die TLS-Verbindung zur Platform API ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The Platform API sent a reply the console cannot read: %1</source>
        <translation>Die Platform API hat eine Antwort geschickt, die die Konsole nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>Plain HTTP to a remote host is refused: allow it in the connection profile or use HTTPS.</source>
        <translation>Unverschlüsseltes HTTP zu einem entfernten Host wird abgelehnt: im Verbindungsprofil erlauben oder HTTPS verwenden.</translation>
    </message>
</context>
<context>
    <name>xynap::session::PlatformSession</name>
    <message>
        <source>The Platform API sent trunks the console cannot read: %1</source>
        <translation>Die Platform API hat Trunks geschickt, die die Konsole nicht lesen kann: %1</translation>
    </message>
</context>
<context>
    <name>xynap::session::TrunkTableModel</name>
    <message>
        <source>REGISTER</source>
        <translation>REGISTER</translation>
    </message>
    <message>
        <source>IP authentication</source>
        <translation>IP-Authentifizierung</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>Outbound-Proxy</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rufnummern</translation>
    </message>
</context>
<context>
    <name>xynap::ui::MainWindow</name>
    <message>
        <source>xynap console — SANDBOX</source>
        <translation>xynap Konsole — SANDBOX</translation>
    </message>
    <message>
        <source>xynap console — %1</source>
        <translation>xynap Konsole — %1</translation>
    </message>
    <message>
        <source>SANDBOX — a simulated platform on this computer. Changes here never reach a real FreeSWITCH.</source>
        <translation>SANDBOX — eine simulierte Plattform auf diesem Rechner. Änderungen hier erreichen nie ein echtes FreeSWITCH.</translation>
    </message>
    <message>
        <source>&amp;Trunks</source>
        <translation>&amp;Trunks</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload trunks</source>
        <translation>Trunks neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>Platform API: %1</source>
        <translation>Platform API: %1</translation>
    </message>
</context>
<context>
    <name>xynap::ui::TrunksPage</name>
    <message>
        <source>Filter trunks (name, provider, proxy, number)</source>
        <translation>Trunks filtern (Name, Provider, Proxy, Rufnummer)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Could not load the trunks: %1</source>
        <translation>Die Trunks konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading trunks…</source>
        <translation>Trunks werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n trunk(s) from the Platform API</source>
        <translation>
            <numerusform>%n Trunk von der Platform API</numerusform>
            <numerusform>%n Trunks von der Platform API</numerusform>
        </translation>
    </message>
</context>
</TS>
