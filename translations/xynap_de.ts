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
        <source>Connect with the saved connection profile NAME (without: choose one in the connect dialog).</source>
        <translation>Mit dem gespeicherten Verbindungsprofil NAME verbinden (ohne: im Verbindungsdialog auswählen).</translation>
    </message>
    <message>
        <source>With --demo: start the sandbox on a built-in scenario (realm-typo, firewall-gap, …) or a scenario FILE.</source>
        <translation>Mit --demo: die Sandbox mit einem eingebauten Szenario (realm-typo, firewall-gap, …) oder einer Szenario-DATEI starten.</translation>
    </message>
    <message>
        <source>--scenario: %1</source>
        <translation>--scenario: %1</translation>
    </message>
    <message>
        <source>No connection profile named &quot;%1&quot;. Start without --profile to create it, or use: xynapctl profile add</source>
        <translation>Kein Verbindungsprofil namens &quot;%1&quot;. Ohne --profile starten, um es anzulegen, oder: xynapctl profile add</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
</context>
<context>
    <name>xynap</name>
    <message>
        <source>the file is larger than %1 MiB, the limit for input files; it was not read.</source>
        <translation>die Datei ist größer als %1 MiB, die Grenze für Eingabedateien; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>not a regular file (a directory, device, FIFO or socket); only regular files are read.</source>
        <translation>keine reguläre Datei (ein Verzeichnis, Gerät, FIFO oder Socket); gelesen werden nur reguläre Dateien.</translation>
    </message>
</context>
<context>
    <name>xynap::FieldLabels</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Gateway name</source>
        <translation>Gateway-Name</translation>
    </message>
    <message>
        <source>Sofia profile</source>
        <translation>Sofia-Profil</translation>
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
        <source>Register proxy</source>
        <translation>Register-Proxy</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Rufnummernanzeige</translation>
    </message>
    <message>
        <source>Caller ID in From header</source>
        <translation>Rufnummer im From-Header</translation>
    </message>
    <message>
        <source>gw-auth-acl</source>
        <translation>gw-auth-acl</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Ping-Intervall</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Ablaufzeit</translation>
    </message>
    <message>
        <source>Retry interval</source>
        <translation>Wiederholungsintervall</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Nummer %1</translation>
    </message>
</context>
<context>
    <name>xynap::coverage</name>
    <message>
        <source>list without a name (FreeSWITCH skips it)</source>
        <translation>Liste ohne Namen (FreeSWITCH überspringt sie)</translation>
    </message>
    <message>
        <source>unknown default &apos;%1&apos; (FreeSWITCH treats it as deny)</source>
        <translation>unbekannter default &apos;%1&apos; (FreeSWITCH behandelt ihn als deny)</translation>
    </message>
    <message>
        <source>list &apos;%1&apos; is defined twice; FreeSWITCH uses the last one</source>
        <translation>Liste &apos;%1&apos; ist doppelt definiert; FreeSWITCH verwendet die letzte</translation>
    </message>
    <message>
        <source>unknown node type &apos;%1&apos;</source>
        <translation>unbekannter node-Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos;</source>
        <translation>ungültiger Port &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid CIDR &apos;%1&apos;</source>
        <translation>ungültiges CIDR &apos;%1&apos;</translation>
    </message>
    <message>
        <source>host and mask must be given together</source>
        <translation>host und mask müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <source>invalid host/mask &apos;%1/%2&apos;</source>
        <translation>ungültiges host/mask &apos;%1/%2&apos;</translation>
    </message>
    <message>
        <source>node without cidr, host/mask or domain</source>
        <translation>node ohne cidr, host/mask oder domain</translation>
    </message>
    <message>
        <source>FreeSWITCH answered &apos;%1&apos;</source>
        <translation>FreeSWITCH antwortete &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid XML: %1</source>
        <translation>ungültiges XML: %1</translation>
    </message>
    <message>
        <source>no acl.conf network lists found</source>
        <translation>keine Netzwerklisten in acl.conf gefunden</translation>
    </message>
    <message>
        <source>UFW is inactive: the firewall filters nothing, SIP is open to every address.</source>
        <translation>UFW ist inaktiv: Die Firewall filtert nichts, SIP ist für jede Adresse offen.</translation>
    </message>
    <message>
        <source>The provider documentation allows SIP only from the providers&apos; address ranges; without the firewall scanners reach FreeSWITCH directly.</source>
        <translation>Die Provider-Dokumentation erlaubt SIP nur aus den Adressbereichen der Provider; ohne Firewall erreichen Scanner FreeSWITCH direkt.</translation>
    </message>
    <message>
        <source>UFW&apos;s default incoming policy is allow: every port that no rule denies is open to everyone.</source>
        <translation>Die Standard-Policy von UFW für eingehenden Verkehr ist allow: Jeder Port, den keine Regel sperrt, ist für alle offen.</translation>
    </message>
    <message>
        <source>The provider documentation allows SIP only from the providers&apos; address ranges; with a default of allow the allow rules change nothing and SIP is open to scanners.</source>
        <translation>Die Provider-Dokumentation erlaubt SIP nur aus den Adressbereichen der Provider; bei der Standard-Policy allow bewirken die allow-Regeln nichts und SIP ist für Scanner offen.</translation>
    </message>
    <message numerus="yes">
        <source>UFW&apos;s IPv6 support is off (IPV6=no): %n IPv6 rule(s) are not loaded and all IPv6 traffic is dropped.</source>
        <translation>
            <numerusform>Die IPv6-Unterstützung von UFW ist aus (IPV6=no): %n IPv6-Regel wird nicht geladen und jeglicher IPv6-Verkehr wird verworfen.</numerusform>
            <numerusform>Die IPv6-Unterstützung von UFW ist aus (IPV6=no): %n IPv6-Regeln werden nicht geladen und jeglicher IPv6-Verkehr wird verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Media arrives on FreeSWITCH&apos;s RTP ports; when UFW drops it the call connects but stays silent.</source>
        <translation>Medien kommen auf den RTP-Ports von FreeSWITCH an; verwirft UFW sie, wird der Anruf zwar verbunden, bleibt aber stumm.</translation>
    </message>
    <message>
        <source>The provider sends its SIP requests from these addresses; UFW drops what no rule allows, so inbound calls (and for a registering trunk the registration) fail. The provider documentation allows exactly these ranges.</source>
        <translation>Der Provider sendet seine SIP-Requests von diesen Adressen; UFW verwirft, was keine Regel erlaubt, daher scheitern eingehende Anrufe (und bei einem registrierenden Trunk die Registrierung). Die Provider-Dokumentation erlaubt genau diese Bereiche.</translation>
    </message>
    <message>
        <source>UFW does not allow %1 from %2: its IPv6 support is off (IPV6=no), so it drops all IPv6 traffic.</source>
        <translation>UFW erlaubt %1 von %2 nicht: Die IPv6-Unterstützung ist aus (IPV6=no), daher wird jeglicher IPv6-Verkehr verworfen.</translation>
    </message>
    <message>
        <source>UFW rule %1 (%2) matches %3 from %4 before rule %5 (%6) can allow it.</source>
        <translation>UFW-Regel %1 (%2) greift für %3 von %4, bevor Regel %5 (%6) es erlauben kann.</translation>
    </message>
    <message>
        <source>ufw applies the first rule that matches: a deny or reject placed before an allow wins, and the allow never takes effect.</source>
        <translation>ufw wendet die erste passende Regel an: Ein deny oder reject vor einem allow gewinnt, und das allow wird nie wirksam.</translation>
    </message>
    <message>
        <source>UFW allows %1 from %2 only in part; not allowed: %3.</source>
        <translation>UFW erlaubt %1 von %2 nur teilweise; nicht erlaubt: %3.</translation>
    </message>
    <message>
        <source>UFW does not allow %1 from %2.</source>
        <translation>UFW erlaubt %1 von %2 nicht.</translation>
    </message>
    <message>
        <source>UFW rule %1 (%2) opens SIP port %3 to every address.</source>
        <translation>UFW-Regel %1 (%2) öffnet SIP-Port %3 für jede Adresse.</translation>
    </message>
    <message>
        <source>Only the providers&apos; address ranges may reach SIP (provider documentation). An open SIP port is found by scanners within minutes; registration attempts, password guessing and toll fraud follow.</source>
        <translation>Nur die Adressbereiche der Provider dürfen SIP erreichen (Provider-Dokumentation). Einen offenen SIP-Port finden Scanner binnen Minuten; es folgen Registrierungsversuche, Passwortraten und Gebührenbetrug.</translation>
    </message>
    <message>
        <source>UFW rule %1 (%2) opens the WebRTC port %3/tcp to every address, as documented.</source>
        <translation>UFW-Regel %1 (%2) öffnet den WebRTC-Port %3/tcp wie dokumentiert für jede Adresse.</translation>
    </message>
    <message>
        <source>Browsers connect from anywhere; the provider documentation keeps this port open on purpose because it is secured by TLS through Traefik.</source>
        <translation>Browser verbinden sich von überall; die Provider-Dokumentation lässt diesen Port bewusst offen, weil er per TLS über Traefik abgesichert ist.</translation>
    </message>
    <message>
        <source>UFW opens the RTP ports %1/udp to every address (rules %2), as documented.</source>
        <translation>UFW öffnet die RTP-Ports %1/udp wie dokumentiert für jede Adresse (Regeln %2).</translation>
    </message>
    <message>
        <source>Media comes from addresses and ports negotiated per call, so the provider documentation opens the RTP ports to all; FreeSWITCH only accepts media for calls it set up.</source>
        <translation>Medien kommen von Adressen und Ports, die je Anruf ausgehandelt werden, daher öffnet die Provider-Dokumentation die RTP-Ports für alle; FreeSWITCH nimmt Medien nur für Anrufe an, die es selbst aufgebaut hat.</translation>
    </message>
    <message>
        <source>Profile %1 uses RTP ports %2, but UFW opens only %3 of them.</source>
        <translation>Profil %1 verwendet die RTP-Ports %2, UFW öffnet davon aber nur: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>FreeSWITCH picks each call&apos;s port anywhere in rtp-start-port..rtp-end-port; a call that gets a port UFW drops connects without audio until FreeSWITCH sends first.</source>
        <translation>FreeSWITCH wählt den Port jedes Anrufs beliebig aus rtp-start-port..rtp-end-port; ein Anruf, der einen von UFW verworfenen Port erhält, wird ohne Ton verbunden, bis FreeSWITCH zuerst sendet.</translation>
    </message>
    <message>
        <source>UFW rule %1 (%2) opens %3/udp to every address, but no profile uses these ports for RTP (the profiles use %4).</source>
        <translation>UFW-Regel %1 (%2) öffnet %3/udp für jede Adresse, aber kein Profil nutzt diese Ports für RTP (die Profile nutzen %4).</translation>
    </message>
    <message>
        <source>An open range nobody listens on does no harm by itself, but it shows that the firewall and FreeSWITCH&apos;s RTP port range have drifted apart.</source>
        <translation>Ein offener Bereich, auf dem niemand lauscht, schadet für sich genommen nicht, zeigt aber, dass Firewall und RTP-Portbereich von FreeSWITCH auseinandergelaufen sind.</translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; has no default and therefore allows every address.</source>
        <translation>Die ACL-Liste &apos;%1&apos; hat keinen default und erlaubt daher jede Adresse.</translation>
    </message>
    <message>
        <source>FreeSWITCH treats a list without default= as default allow: its allow nodes change nothing. The provider documentation requires sip-gateways with default deny.</source>
        <translation>FreeSWITCH behandelt eine Liste ohne default= als default allow: Ihre allow-Nodes bewirken nichts. Die Provider-Dokumentation verlangt sip-gateways mit default deny.</translation>
    </message>
    <message>
        <source>Profile %1 applies the inbound ACL &apos;%2&apos;, which does not exist.</source>
        <translation>Profil %1 wendet die eingehende ACL &apos;%2&apos; an, die nicht existiert.</translation>
    </message>
    <message>
        <source>FreeSWITCH then trusts no address on this profile: calls from Plusnet, which authenticates by source address only, are challenged and fail (403 with auth-calls=false).</source>
        <translation>FreeSWITCH vertraut dann keiner Adresse auf diesem Profil: Anrufe von Plusnet, das nur über die Absenderadresse authentifiziert, erhalten eine Challenge und scheitern (403 bei auth-calls=false).</translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; does not exist.</source>
        <translation>Die ACL-Liste &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>The provider documentation names the list sip-gateways (default deny) as the second protective layer behind UFW: only the providers&apos; ranges may send SIP requests.</source>
        <translation>Die Provider-Dokumentation nennt die Liste sip-gateways (default deny) als zweite Schutzschicht hinter UFW: Nur die Adressbereiche der Provider dürfen SIP-Requests senden.</translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; does not allow %2.</source>
        <translation>Die ACL-Liste &apos;%1&apos; erlaubt %2 nicht.</translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation>nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>only from source ports: %1</source>
        <translation>nur von Quellports: %1</translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; allows %2 only in part; %3.</source>
        <translation>Die ACL-Liste &apos;%1&apos; erlaubt %2 nur teilweise; %3.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the rule number</source>
        <translation>unerwartetes &apos;%1&apos; nach der Regelnummer</translation>
    </message>
    <message>
        <source>invalid position &apos;%1&apos;</source>
        <translation>ungültige Position &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>Aktion fehlt</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing interface after &apos;on&apos;</source>
        <translation>Interface nach &apos;on&apos; fehlt</translation>
    </message>
    <message>
        <source>missing text after &apos;comment&apos;</source>
        <translation>Text nach &apos;comment&apos; fehlt</translation>
    </message>
    <message>
        <source>missing port or address after &apos;%1&apos;</source>
        <translation>Port oder Adresse nach &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>unbekanntes Protokoll &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>falsche Anzahl von Argumenten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; given twice</source>
        <translation>&apos;%1&apos; doppelt angegeben</translation>
    </message>
    <message>
        <source>invalid address &apos;%1&apos;</source>
        <translation>ungültige Adresse &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;from&apos; or &apos;to&apos; before it</source>
        <translation>vor &apos;%1&apos; muss &apos;from&apos; oder &apos;to&apos; stehen</translation>
    </message>
    <message>
        <source>unknown keyword &apos;%1&apos;</source>
        <translation>unbekanntes Schlüsselwort &apos;%1&apos;</translation>
    </message>
    <message>
        <source>source and destination are of different address families</source>
        <translation>Quelle und Ziel gehören zu verschiedenen Adressfamilien</translation>
    </message>
    <message>
        <source>port lists and ranges need &apos;tcp&apos; or &apos;udp&apos;</source>
        <translation>Portlisten und -bereiche brauchen &apos;tcp&apos; oder &apos;udp&apos;</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>not a ufw command: &apos;%1&apos;</source>
        <translation>kein ufw-Befehl: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid default policy &apos;%1&apos;</source>
        <translation>ungültige Standard-Policy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no rule number %1</source>
        <translation>keine Regel mit Nummer %1</translation>
    </message>
    <message>
        <source>no rule matches &apos;%1&apos;</source>
        <translation>keine Regel passt auf &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected KEY=value, found &apos;%1&apos;</source>
        <translation>KEY=value erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>IPV6 must be yes or no, not &apos;%1&apos;</source>
        <translation>IPV6 muss yes oder no sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown policy &apos;%1&apos;</source>
        <translation>unbekannte Policy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid comment &apos;%1&apos;</source>
        <translation>ungültiger Kommentar &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed tuple: expected 6 to 9 fields, found %1</source>
        <translation>fehlerhaftes Tupel: 6 bis 9 Felder erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown log type &apos;%1&apos;</source>
        <translation>unbekannter Log-Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>IPv6 address in an IPv4 rules file</source>
        <translation>IPv6-Adresse in einer IPv4-Regeldatei</translation>
    </message>
    <message>
        <source>IPv4 address in an IPv6 rules file</source>
        <translation>IPv4-Adresse in einer IPv6-Regeldatei</translation>
    </message>
    <message>
        <source>invalid direction &apos;%1&apos;</source>
        <translation>ungültige Richtung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing address or port</source>
        <translation>Adresse oder Port fehlt</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unbekannter Status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a ufw status row: &apos;%1&apos;</source>
        <translation>keine Zeile von ufw status: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>trunk %1: %2</source>
        <translation>Trunk %1: %2</translation>
    </message>
    <message>
        <source>FreeSWITCH&apos;s ACL is the second protective layer: a profile&apos;s apply-inbound-acl lets only listed addresses in without a challenge. %1 sends its inbound calls from these addresses; challenged, they fail.</source>
        <translation>Die ACL von FreeSWITCH ist die zweite Schutzschicht: Die apply-inbound-acl eines Profils lässt nur gelistete Adressen ohne Challenge herein. %1 sendet seine eingehenden Anrufe von diesen Adressen; erhalten sie eine Challenge, scheitern sie.</translation>
    </message>
    <message>
        <source>FreeSWITCH&apos;s ACL is the second protective layer: a profile&apos;s apply-inbound-acl lets only listed addresses in without a challenge. %1 authenticates by source address only (no REGISTER), so its calls fail when its addresses are missing.</source>
        <translation>Die ACL von FreeSWITCH ist die zweite Schutzschicht: Die apply-inbound-acl eines Profils lässt nur gelistete Adressen ohne Challenge herein. %1 authentifiziert nur über die Absenderadresse (kein REGISTER), daher scheitern seine Anrufe, wenn seine Adressen fehlen.</translation>
    </message>
    <message>
        <source>this is the output of `ufw status`, not a user6.rules file</source>
        <translation>das ist die Ausgabe von `ufw status`, keine user6.rules-Datei</translation>
    </message>
    <message>
        <source>this is the output of `ufw status`, not a user.rules file</source>
        <translation>das ist die Ausgabe von `ufw status`, keine user.rules-Datei</translation>
    </message>
    <message>
        <source>this is /etc/default/ufw, not a user6.rules file</source>
        <translation>das ist /etc/default/ufw, keine user6.rules-Datei</translation>
    </message>
    <message>
        <source>this is /etc/default/ufw, not a user.rules file</source>
        <translation>das ist /etc/default/ufw, keine user.rules-Datei</translation>
    </message>
    <message>
        <source>this is not a user6.rules file (no &quot;*filter&quot; or &quot;### tuple ###&quot; line)</source>
        <translation>das ist keine user6.rules-Datei (keine Zeile „*filter“ oder „### tuple ###“)</translation>
    </message>
    <message>
        <source>this is not a user.rules file (no &quot;*filter&quot; or &quot;### tuple ###&quot; line)</source>
        <translation>das ist keine user.rules-Datei (keine Zeile „*filter“ oder „### tuple ###“)</translation>
    </message>
    <message>
        <source>this is user.rules (the IPv4 rules), not user6.rules: its chains are ufw-user-*, not ufw6-user-*</source>
        <translation>das ist user.rules (die IPv4-Regeln), nicht user6.rules: ihre Ketten heißen ufw-user-*, nicht ufw6-user-*</translation>
    </message>
    <message>
        <source>this is user6.rules (the IPv6 rules), not user.rules: its chains are ufw6-user-*, not ufw-user-*</source>
        <translation>das ist user6.rules (die IPv6-Regeln), nicht user.rules: ihre Ketten heißen ufw6-user-*, nicht ufw-user-*</translation>
    </message>
    <message>
        <source>With IPV6=no ufw-init sets every ip6tables chain to DROP and reads no user6.rules.</source>
        <translation>Mit IPV6=no setzt ufw-init jede ip6tables-Chain auf DROP und liest keine user6.rules.</translation>
    </message>
    <message>
        <source>%1 must reach the switch over IPv6. With IPV6=no ufw-init sets every ip6tables chain to DROP and reads no user6.rules.</source>
        <translation>%1 muss den Switch über IPv6 erreichen. Mit IPV6=no setzt ufw-init jede ip6tables-Chain auf DROP und liest keine user6.rules.</translation>
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
    <message>
        <source>The command was not sent: it contains a line break, which would let it run further commands on FreeSWITCH.</source>
        <translation>Der Befehl wurde nicht gesendet: Er enthält einen Zeilenumbruch, mit dem er weitere Befehle auf FreeSWITCH ausführen könnte.</translation>
    </message>
    <message>
        <source>The peer asked for the password again in the middle of the session.</source>
        <translation>Die Gegenstelle hat mitten in der Sitzung erneut nach dem Passwort gefragt.</translation>
    </message>
    <message>
        <source>The Event Socket password contains a line break; it was not sent.</source>
        <translation>Das Event-Socket-Passwort enthält einen Zeilenumbruch; es wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>xynap::esl::Link</name>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 (attempt %3)…</source>
        <translation>Verbindung zu %1:%2 wird aufgebaut (Versuch %3)…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>FreeSWITCH&apos;s gateway list could not be read (sofia xmlstatus gateway: %1)</source>
        <translation>Die Gateway-Liste von FreeSWITCH konnte nicht gelesen werden (sofia xmlstatus gateway: %1)</translation>
    </message>
    <message>
        <source>FreeSWITCH does not answer: no reply to a probe within %1 s (asked at %2).</source>
        <translation>FreeSWITCH antwortet nicht: keine Antwort auf eine Probe innerhalb von %1 s (gefragt um %2).</translation>
    </message>
    <message>
        <source>FreeSWITCH does not answer: a request got no reply within %1 s.</source>
        <translation>FreeSWITCH antwortet nicht: Eine Anfrage blieb %1 s ohne Antwort.</translation>
    </message>
</context>
<context>
    <name>xynap::lint</name>
    <message>
        <source>Move the trunk to the profile %1</source>
        <translation>Trunk in das Profil %1 verschieben</translation>
    </message>
</context>
<context>
    <name>xynap::lint::AddressFamilyRule</name>
    <message>
        <source>the profile %1 binds %2 (sip-ip)</source>
        <translation>das Profil %1 bindet %2 (sip-ip)</translation>
    </message>
    <message>
        <source>its ext-sip-ip is %1</source>
        <translation>seine ext-sip-ip ist %1</translation>
    </message>
    <message>
        <source>%1 must run over %2, but %3.</source>
        <translation>%1 muss über %2 laufen, aber %3.</translation>
    </message>
    <message>
        <source>The provider accepts only IPv4: a profile that cannot send over IPv4 never reaches it.</source>
        <translation>Der Provider akzeptiert nur IPv4: Ein Profil, das nicht über IPv4 senden kann, erreicht ihn nie.</translation>
    </message>
    <message>
        <source>The outbound proxy %1 is not an %2 address, but %3 runs over %2 only.</source>
        <translation>Der Outbound-Proxy %1 ist keine %2-Adresse, aber %3 läuft nur über %2.</translation>
    </message>
    <message>
        <source>1&amp;1 answers IPv4 with 503 Service Unavailable; calls routed through an IPv4 outbound proxy fail.</source>
        <translation>1&amp;1 beantwortet IPv4 mit 503 Service Unavailable; Anrufe über einen IPv4-Outbound-Proxy scheitern.</translation>
    </message>
    <message>
        <source>Calls are routed through the outbound proxy: one of the wrong address family cannot be reached from this profile.</source>
        <translation>Anrufe laufen über den Outbound-Proxy: Einer mit der falschen Adressfamilie ist von diesem Profil aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>Use the documented outbound proxy %1</source>
        <translation>Den dokumentierten Outbound-Proxy %1 verwenden</translation>
    </message>
    <message>
        <source>%1 accepts the trunk over IPv6 only (see the provider notes): the profile, its ext-sip-ip and ext-rtp-ip and the outbound proxy must all be IPv6.</source>
        <translation>%1 akzeptiert den Trunk nur über IPv6 (siehe die Hinweise zum Anbieter): Das Profil, seine ext-sip-ip und ext-rtp-ip sowie der Outbound-Proxy müssen alle IPv6 sein.</translation>
    </message>
</context>
<context>
    <name>xynap::lint::CallerIdOwnRule</name>
    <message>
        <source>The caller ID %1 is none of this trunk&apos;s numbers.</source>
        <translation>Die Caller-ID %1 ist keine Rufnummer dieses Trunks.</translation>
    </message>
    <message>
        <source>Providers replace or reject a caller ID that is not assigned to the trunk; callers then see another number or the call fails.</source>
        <translation>Provider ersetzen oder verwerfen eine Caller-ID, die dem Trunk nicht zugewiesen ist; die Angerufenen sehen dann eine andere Rufnummer oder der Anruf scheitert.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
</context>
<context>
    <name>xynap::lint::CoverageRule</name>
    <message>
        <source>Add to acl.conf.xml: %1</source>
        <translation>In acl.conf.xml ergänzen: %1</translation>
    </message>
    <message>
        <source>Run on the switch: %1</source>
        <translation>Auf dem Switch ausführen: %1</translation>
    </message>
</context>
<context>
    <name>xynap::lint::DriftRule</name>
    <message>
        <source>FreeSWITCH does not run the gateway %1 on %2.</source>
        <translation>FreeSWITCH betreibt das Gateway %1 auf %2 nicht.</translation>
    </message>
    <message>
        <source>If FreeSWITCH started before the Platform API answered, its profiles have no gateways and never ask again; only a rescan of the profile loads them.</source>
        <translation>Ist FreeSWITCH gestartet, bevor die Platform API antwortete, haben seine Profile keine Gateways und fragen nie wieder nach; erst ein rescan des Profils lädt sie.</translation>
    </message>
    <message>
        <source>Rescan the profile %1</source>
        <translation>Profil %1 neu einlesen (rescan)</translation>
    </message>
    <message>
        <source>it does not register</source>
        <translation>registriert sich nicht</translation>
    </message>
    <message>
        <source>it registers</source>
        <translation>registriert sich</translation>
    </message>
    <message>
        <source>Saved but not applied: FreeSWITCH runs %1 with %2.</source>
        <translation>Gespeichert, aber nicht übernommen: FreeSWITCH betreibt %1 abweichend: %2.</translation>
    </message>
    <message>
        <source>A plain rescan never changes an existing gateway (&quot;Ignoring duplicate gateway&quot;); only killgw followed by rescan applies the saved trunk.</source>
        <translation>Ein einfacher rescan ändert nie ein bestehendes Gateway (&quot;Ignoring duplicate gateway&quot;); erst killgw gefolgt von rescan übernimmt den gespeicherten Trunk.</translation>
    </message>
    <message>
        <source>Apply to FreeSWITCH (killgw + rescan)</source>
        <translation>In FreeSWITCH übernehmen (killgw + rescan)</translation>
    </message>
    <message>
        <source> (node %1)</source>
        <translation> (Knoten %1)</translation>
    </message>
    <message>
        <source>%1 %2 instead of %3</source>
        <translation>%1 %2 statt %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>From-Domain</translation>
    </message>
    <message>
        <source>registration expiry</source>
        <translation>Registrierungsdauer</translation>
    </message>
    <message>
        <source>ping interval</source>
        <translation>Ping-Intervall</translation>
    </message>
    <message>
        <source>the version it loaded (%1) while version %2 is saved</source>
        <translation>der geladenen Version (%1), gespeichert ist Version %2</translation>
    </message>
    <message>
        <source>caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <source>Cannot tell whether FreeSWITCH runs the saved %1 entirely: it does not report the outbound proxy, the password, the retry interval or caller-id-in-from, and the console has not seen it load this gateway.</source>
        <translation>Nicht feststellbar, ob FreeSWITCH den gespeicherten Trunk %1 vollständig betreibt: Es meldet weder den Outbound-Proxy noch das Passwort, das Wiederholungsintervall oder caller-id-in-from, und die Konsole hat nicht gesehen, wie es dieses Gateway geladen hat.</translation>
    </message>
    <message>
        <source>Only a gateway FreeSWITCH loaded while the console watched, or one applied from here, has a known version. Apply it (killgw + rescan) to be sure.</source>
        <translation>Nur ein Gateway, das FreeSWITCH geladen hat, während die Konsole zusah, oder eines, das von hier übernommen wurde, hat eine bekannte Fassung. Übernehmen Sie es (killgw + rescan), um sicherzugehen.</translation>
    </message>
</context>
<context>
    <name>xynap::lint::DuplicateGatewayRule</name>
    <message>
        <source>The gateway name %1 is used %2 times (profiles %3).</source>
        <translation>Der Gateway-Name %1 wird %2-mal verwendet (Profile %3).</translation>
    </message>
    <message>
        <source>FreeSWITCH creates every copy; they register and ping side by side and overwrite each other&apos;s state, so `sofia status` may show the gateway on the wrong profile.</source>
        <translation>FreeSWITCH legt jede Kopie an; sie registrieren und pingen nebeneinander und überschreiben gegenseitig ihren Zustand, sodass `sofia status` das Gateway womöglich im falschen Profil anzeigt.</translation>
    </message>
</context>
<context>
    <name>xynap::lint::E164Rule</name>
    <message>
        <source>%1 is not an E.164 number: &quot;%2&quot;</source>
        <translation>%1 ist keine E.164-Rufnummer: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The providers expect numbers as +&lt;country code&gt;&lt;number&gt; without spaces; anything else is rejected or routed wrongly.</source>
        <translation>Die Provider erwarten Rufnummern als +&lt;Ländervorwahl&gt;&lt;Rufnummer&gt; ohne Leerzeichen; alles andere wird abgelehnt oder falsch geroutet.</translation>
    </message>
    <message>
        <source>Write it as %1</source>
        <translation>Als %1 schreiben</translation>
    </message>
</context>
<context>
    <name>xynap::lint::GatewayNameRule</name>
    <message>
        <source>The gateway name &quot;%1&quot; is not allowed.</source>
        <translation>Der Gateway-Name &quot;%1&quot; ist nicht zulässig.</translation>
    </message>
    <message>
        <source>FreeSWITCH accepts only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; in gateway names and drops any other gateway.</source>
        <translation>FreeSWITCH akzeptiert in Gateway-Namen nur Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; und verwirft jedes andere Gateway.</translation>
    </message>
    <message>
        <source>Rename it %1</source>
        <translation>In %1 umbenennen</translation>
    </message>
</context>
<context>
    <name>xynap::lint::IpAuthRule</name>
    <message>
        <source>%1 authenticates by IP address: register must be off.</source>
        <translation>%1 authentifiziert über die IP-Adresse: Registrieren muss ausgeschaltet sein.</translation>
    </message>
    <message>
        <source>%1 does not accept REGISTER; the gateway would keep failing. NOREG is the healthy state of an IP-authenticated trunk.</source>
        <translation>%1 akzeptiert kein REGISTER; das Gateway würde dauerhaft scheitern. NOREG ist der Normalzustand eines per IP authentifizierten Trunks.</translation>
    </message>
    <message>
        <source>Turn register off</source>
        <translation>Registrieren ausschalten</translation>
    </message>
    <message>
        <source>The profile %1 sends from %2, but %3 has only %4 enabled.</source>
        <translation>Das Profil %1 sendet von %2, aber bei %3 ist nur %4 freigeschaltet.</translation>
    </message>
    <message>
        <source>%1 authenticates exclusively by the source address; calls from any other address are rejected.</source>
        <translation>%1 authentifiziert ausschließlich über die Absenderadresse; Anrufe von jeder anderen Adresse werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>xynap::lint::Ipv6BracketsRule</name>
    <message>
        <source>The IPv6 address in %1 must be in square brackets.</source>
        <translation>Die IPv6-Adresse in %1 muss in eckigen Klammern stehen.</translation>
    </message>
    <message>
        <source>FreeSWITCH puts the value into a sip: URI, where an IPv6 address without brackets is cut at the last colon: it would send to host %1, port %2, and never reach the provider.</source>
        <translation>FreeSWITCH setzt den Wert in eine sip:-URI ein, in der eine IPv6-Adresse ohne Klammern am letzten Doppelpunkt abgeschnitten wird: Es würde an Host %1, Port %2 senden und den Provider nie erreichen.</translation>
    </message>
    <message>
        <source>Write it as %1</source>
        <translation>Als %1 schreiben</translation>
    </message>
</context>
<context>
    <name>xynap::lint::Ipv6LiteralAuthAclRule</name>
    <message>
        <source>A registering trunk with an IPv6 address as proxy needs gw-auth-acl.</source>
        <translation>Ein registrierender Trunk mit einer IPv6-Adresse als Proxy braucht gw-auth-acl.</translation>
    </message>
    <message>
        <source>FreeSWITCH only answers a challenge that comes from the proxy&apos;s address; with an IPv6 literal the comparison fails, it fires gateway_invalid_digest_req and the registration times out. gw-auth-acl naming a list that contains the provider lets it answer; a host name such as %1 avoids the problem.</source>
        <translation>FreeSWITCH beantwortet nur eine Challenge, die von der Adresse des Proxys kommt; bei einem IPv6-Literal schlägt der Vergleich fehl, FreeSWITCH löst gateway_invalid_digest_req aus und die Registrierung läuft in einen Timeout. Nennt gw-auth-acl eine Liste, die den Provider enthält, antwortet FreeSWITCH; ein Hostname wie %1 vermeidet das Problem.</translation>
    </message>
    <message>
        <source>Set gw-auth-acl to sip-gateways</source>
        <translation>gw-auth-acl auf sip-gateways setzen</translation>
    </message>
</context>
<context>
    <name>xynap::lint::MalformedHostRule</name>
    <message>
        <source>%1 is not a valid host[:port]: &quot;%2&quot;</source>
        <translation>%1 ist kein gültiges host[:port]: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>FreeSWITCH cannot build a SIP URI from it; the gateway does not reach its provider.</source>
        <translation>FreeSWITCH kann daraus keine SIP-URI bilden; das Gateway erreicht seinen Provider nicht.</translation>
    </message>
    <message>
        <source>Remove the surrounding spaces</source>
        <translation>Umgebende Leerzeichen entfernen</translation>
    </message>
</context>
<context>
    <name>xynap::lint::NotServedRule</name>
    <message>
        <source>FreeSWITCH runs the gateway %1 on %2, but the Platform API serves no trunk of that name.</source>
        <translation>FreeSWITCH betreibt das Gateway %1 auf %2, aber die Platform API liefert keinen Trunk dieses Namens.</translation>
    </message>
    <message>
        <source> (node %1)</source>
        <translation> (Knoten %1)</translation>
    </message>
    <message>
        <source>Deleting a trunk does not stop its gateway: it keeps registering and taking calls until it is removed with killgw.</source>
        <translation>Das Löschen eines Trunks stoppt sein Gateway nicht: Es registriert sich weiter und nimmt Anrufe an, bis es mit killgw entfernt wird.</translation>
    </message>
</context>
<context>
    <name>xynap::lint::OutboundProxyRequiredRule</name>
    <message>
        <source>A %1 trunk needs the outbound proxy %2.</source>
        <translation>Ein %1-Trunk braucht den Outbound-Proxy %2.</translation>
    </message>
    <message>
        <source>%1 is DNS round robin: without a fixed outbound proxy INVITE and ACK may land on different SIP servers, and calls fail with 408 Request Timeout.</source>
        <translation>%1 ist DNS-Round-Robin: Ohne festen Outbound-Proxy können INVITE und ACK auf verschiedenen SIP-Servern landen, und Anrufe scheitern mit 408 Request Timeout.</translation>
    </message>
    <message>
        <source>Set the outbound proxy to %1</source>
        <translation>Outbound-Proxy auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>xynap::lint::RealmOrProxyRule</name>
    <message>
        <source>Proxy and realm are both empty.</source>
        <translation>Proxy und Realm sind beide leer.</translation>
    </message>
    <message>
        <source>FreeSWITCH then uses the gateway name as the realm and the proxy, which is no SIP server.</source>
        <translation>FreeSWITCH verwendet dann den Gateway-Namen als Realm und Proxy, und der ist kein SIP-Server.</translation>
    </message>
    <message>
        <source>Set the proxy to %1</source>
        <translation>Proxy auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>xynap::lint::RealmRule</name>
    <message>
        <source>The realm of a %1 trunk must be %2; it is empty.</source>
        <translation>Der Realm eines %1-Trunks muss %2 sein; er ist leer.</translation>
    </message>
    <message>
        <source>The realm of a %1 trunk must be exactly %2, not &quot;%3&quot;.</source>
        <translation>Der Realm eines %1-Trunks muss genau %2 sein, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The Platform API puts the realm into the gateway&apos;s from-domain, so From and To carry the wrong domain and %1 answers 401 Unauthorized although username and password are right (FreeSWITCH reports it as 904 &quot;Operation has no matching challenge&quot;).</source>
        <translation>Die Platform API übernimmt den Realm in die from-domain des Gateways, daher tragen From und To die falsche Domain und %1 antwortet mit 401 Unauthorized, obwohl Benutzername und Passwort stimmen (FreeSWITCH meldet das als 904 &quot;Operation has no matching challenge&quot;).</translation>
    </message>
    <message>
        <source>With the proxy empty, FreeSWITCH even uses the realm as the proxy.</source>
        <translation>Bei leerem Proxy verwendet FreeSWITCH den Realm sogar als Proxy.</translation>
    </message>
    <message>
        <source>Set the realm to %1</source>
        <translation>Realm auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>xynap::lint::RegisterCredentialsRule</name>
    <message>
        <source>FreeSWITCH silently skips a registering gateway without username and password: the trunk simply does not exist, and nothing is logged.</source>
        <translation>FreeSWITCH überspringt ein registrierendes Gateway ohne Benutzername und Passwort stillschweigend: Der Trunk existiert schlicht nicht, und nichts wird protokolliert.</translation>
    </message>
    <message>
        <source>Register is on, but neither a username nor a password is set.</source>
        <translation>Registrierung ist an, aber weder Benutzername noch Passwort sind gesetzt.</translation>
    </message>
    <message>
        <source>Register is on, but no username is set.</source>
        <translation>Registrierung ist an, aber kein Benutzername ist gesetzt.</translation>
    </message>
    <message>
        <source>Register is on, but no password is set.</source>
        <translation>Registrierung ist an, aber kein Passwort ist gesetzt.</translation>
    </message>
</context>
<context>
    <name>xynap::lint::RtpFamilyRule</name>
    <message>
        <source>The profile %1 announces media on %2 (ext-rtp-ip), but %3 needs %4.</source>
        <translation>Das Profil %1 kündigt Medien auf %2 an (ext-rtp-ip), aber %3 braucht %4.</translation>
    </message>
    <message>
        <source>Calls connect, but nobody hears anything: the provider cannot send audio to an address of the other IP version.</source>
        <translation>Anrufe werden verbunden, aber niemand hört etwas: Der Provider kann keinen Ton an eine Adresse der anderen IP-Version senden.</translation>
    </message>
</context>
<context>
    <name>xynap::lint::TimerRule</name>
    <message>
        <source>A ping interval below 5 seconds silently turns pinging off.</source>
        <translation>Ein Ping-Intervall unter 5 Sekunden schaltet das Pingen stillschweigend ab.</translation>
    </message>
    <message>
        <source>FreeSWITCH silently uses %1 seconds instead.</source>
        <translation>FreeSWITCH verwendet stattdessen stillschweigend %1 Sekunden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n second(s); FreeSWITCH needs at least 5 seconds.</source>
        <translation>
            <numerusform>%1 ist %n Sekunde; FreeSWITCH braucht mindestens 5 Sekunden.</numerusform>
            <numerusform>%1 ist %n Sekunden; FreeSWITCH braucht mindestens 5 Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2 seconds</source>
        <translation>%1 auf %2 Sekunden setzen</translation>
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
        <source>The Platform API sent a reply the console cannot read: %1</source>
        <translation>Die Platform API hat eine Antwort geschickt, die die Konsole nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>Plain HTTP to a remote host is refused: allow it in the connection profile or use HTTPS.</source>
        <translation>Unverschlüsseltes HTTP zu einem entfernten Host wird abgelehnt: im Verbindungsprofil erlauben oder HTTPS verwenden.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1). Bitte entsperren und erneut versuchen.</translation>
    </message>
    <message>
        <source>No usable keychain was found (%1). A Secret Service such as GNOME Keyring or KWallet must be running and have an unlocked default keyring.</source>
        <translation>Kein nutzbarer Schlüsselbund gefunden (%1). Ein Secret Service wie GNOME Keyring oder KWallet muss laufen und einen entsperrten Standard-Schlüsselbund haben.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for a password prompt.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. Möglicherweise ist er gesperrt und wartet auf eine Passworteingabe.</translation>
    </message>
    <message>
        <source>No key was given for the keychain entry.</source>
        <translation>Für den Schlüsselbund-Eintrag wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so the system keychain cannot be reached.</source>
        <translation>Es gibt keinen D-Bus-Session-Bus, daher ist der System-Schlüsselbund nicht erreichbar.</translation>
    </message>
    <message>
        <source>The keychain is locked, so its entries can be neither read nor changed. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, seine Einträge können daher weder gelesen noch geändert werden. Bitte entsperren und erneut versuchen.</translation>
    </message>
    <message>
        <source>The TLS connection to the Platform API failed: %1. Nothing was sent. Check the profile&apos;s CA file or public-key pin, then retry.</source>
        <translation>Die TLS-Verbindung zur Platform API ist fehlgeschlagen: %1. Es wurde nichts gesendet. CA-Datei oder Public-Key-Pin des Profils prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The Platform API did not answer in time: the request took longer than its total deadline of %1 s.</source>
        <translation>Die Platform API hat nicht rechtzeitig geantwortet: Die Anfrage dauerte länger als ihre Gesamtfrist von %1 s.</translation>
    </message>
    <message>
        <source>The Platform API did not answer in time: nothing arrived for %1 s (transfer timeout).</source>
        <translation>Die Platform API hat nicht rechtzeitig geantwortet: %1 s lang kam nichts an (Übertragungs-Timeout).</translation>
    </message>
    <message>
        <source>The API token holds a line break or another control character: nothing was sent. Store the token again.</source>
        <translation>Das API-Token enthält einen Zeilenumbruch oder ein anderes Steuerzeichen: Es wurde nichts gesendet. Speichern Sie das Token neu.</translation>
    </message>
</context>
<context>
    <name>xynap::session</name>
    <message>
        <source>Next attempt in %1 s.</source>
        <translation>Nächster Versuch in %1 s.</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Der Provider</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>The provider accepted the registration.</source>
        <translation>Der Provider hat die Registrierung angenommen.</translation>
    </message>
    <message>
        <source>Not registering</source>
        <translation>Registriert sich nicht</translation>
    </message>
    <message>
        <source>The saved trunk registers, but FreeSWITCH runs the gateway without REGISTER: the change was saved but not applied (killgw + rescan).</source>
        <translation>Der gespeicherte Trunk registriert sich, aber FreeSWITCH betreibt das Gateway ohne REGISTER: Die Änderung wurde gespeichert, aber nicht übernommen (killgw + rescan).</translation>
    </message>
    <message>
        <source>Pings time out (408)</source>
        <translation>Zeitüberschreitung bei Pings (408)</translation>
    </message>
    <message>
        <source>%1 does not answer OPTIONS pings in time. Without a fixed outbound proxy, DNS round robin sends requests to different servers: set the outbound proxy%2.</source>
        <translation>%1 beantwortet OPTIONS-Pings nicht rechtzeitig. Ohne festen Outbound-Proxy schickt DNS-Round-Robin die Anfragen an verschiedene Server: den Outbound-Proxy%2 setzen.</translation>
    </message>
    <message>
        <source>Pings fail (%1 %2)</source>
        <translation>Pings scheitern (%1 %2)</translation>
    </message>
    <message>
        <source>Pings fail</source>
        <translation>Pings scheitern</translation>
    </message>
    <message>
        <source>%1 does not answer OPTIONS pings: no calls will pass until it does.</source>
        <translation>%1 beantwortet keine OPTIONS-Pings: Bis dahin kommen keine Anrufe durch.</translation>
    </message>
    <message>
        <source>IP authentication (NOREG)</source>
        <translation>IP-Authentifizierung (NOREG)</translation>
    </message>
    <message>
        <source>NOREG is the healthy state of a trunk authenticated by IP address: no REGISTER takes place.</source>
        <translation>NOREG ist der Normalzustand eines per IP-Adresse authentifizierten Trunks: Es findet kein REGISTER statt.</translation>
    </message>
    <message>
        <source>%1 answers 503: IPv4 in use</source>
        <translation>%1 antwortet 503: IPv4 in Verwendung</translation>
    </message>
    <message>
        <source>%1 rejects registrations over IPv4 with 503 Service Unavailable. The trunk must use a profile that binds IPv6, with IPv6 ext-sip-ip and ext-rtp-ip and an IPv6 outbound proxy.</source>
        <translation>%1 lehnt Registrierungen über IPv4 mit 503 Service Unavailable ab. Der Trunk muss ein Profil verwenden, das IPv6 bindet, mit ext-sip-ip und ext-rtp-ip in IPv6 und einem IPv6-Outbound-Proxy.</translation>
    </message>
    <message>
        <source>Credentials rejected (403)</source>
        <translation>Zugangsdaten abgelehnt (403)</translation>
    </message>
    <message>
        <source>%1 keeps answering 401</source>
        <translation>%1 antwortet weiterhin 401</translation>
    </message>
    <message>
        <source>%1 keeps answering 401 Unauthorized (FreeSWITCH reports it as %2): the realm must be %3, it is &quot;%4&quot;.</source>
        <translation>%1 antwortet weiterhin 401 Unauthorized (FreeSWITCH meldet das als %2): Der Realm muss %3 sein, ist aber &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 rejects the credentials (FreeSWITCH reports %2): check username and password; the realm must be %3.</source>
        <translation>%1 lehnt die Zugangsdaten ab (FreeSWITCH meldet %2): Benutzername und Passwort prüfen; der Realm muss %3 sein.</translation>
    </message>
    <message>
        <source>The provider rejects the credentials (%1): check username, password and realm.</source>
        <translation>Der Provider lehnt die Zugangsdaten ab (%1): Benutzername, Passwort und Realm prüfen.</translation>
    </message>
    <message>
        <source>Challenge from an unknown address</source>
        <translation>Challenge von unbekannter Adresse</translation>
    </message>
    <message>
        <source>The registrar&apos;s challenge came from an address the gateway does not know (an IPv6 literal proxy without gw-auth-acl), so FreeSWITCH never answers it. Set gw-auth-acl or use the host name as proxy.</source>
        <translation>Die Challenge des Registrars kam von einer Adresse, die das Gateway nicht kennt (ein IPv6-Literal als Proxy ohne gw-auth-acl), daher beantwortet FreeSWITCH sie nie. gw-auth-acl setzen oder den Hostnamen als Proxy verwenden.</translation>
    </message>
    <message>
        <source>Registrar does not answer</source>
        <translation>Registrar antwortet nicht</translation>
    </message>
    <message>
        <source>No answer to REGISTER.</source>
        <translation>Keine Antwort auf REGISTER.</translation>
    </message>
    <message>
        <source>The proxy is an IPv6 address without brackets: FreeSWITCH cuts it at the last colon.</source>
        <translation>Der Proxy ist eine IPv6-Adresse ohne eckige Klammern: FreeSWITCH schneidet sie am letzten Doppelpunkt ab.</translation>
    </message>
    <message>
        <source>Registration failed (%1 %2)</source>
        <translation>Registrierung fehlgeschlagen (%1 %2)</translation>
    </message>
    <message>
        <source>The provider refused the registration.</source>
        <translation>Der Provider hat die Registrierung abgelehnt.</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrierung läuft…</translation>
    </message>
    <message>
        <source>A REGISTER is under way.</source>
        <translation>Ein REGISTER läuft.</translation>
    </message>
    <message>
        <source>Being removed</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>The gateway was killed (killgw) and is being deleted.</source>
        <translation>Das Gateway wurde beendet (killgw) und wird gelöscht.</translation>
    </message>
    <message>
        <source>No state yet</source>
        <translation>Noch kein Zustand</translation>
    </message>
    <message>
        <source>%1 does not answer OPTIONS pings in time, although the outbound proxy %2 is set: the provider or the path to it does not answer (firewall, routing, an outage at %1).</source>
        <translation>%1 beantwortet OPTIONS-Pings nicht rechtzeitig, obwohl der Outbound-Proxy %2 gesetzt ist: Der Anbieter oder der Weg dorthin antwortet nicht (Firewall, Routing, eine Störung bei %1).</translation>
    </message>
    <message>
        <source>%1 answers 503 over IPv6</source>
        <translation>%1 antwortet 503 über IPv6</translation>
    </message>
    <message>
        <source>The REGISTER left over IPv6, so this is not the IPv4 block: %1 is unavailable or refuses this address. Check that the ext-sip-ip is the address enabled at %1, and the provider&apos;s status.</source>
        <translation>Das REGISTER ging über IPv6 hinaus, es ist also nicht die IPv4-Sperre: %1 ist nicht erreichbar oder lehnt diese Adresse ab. Prüfen Sie, ob die ext-sip-ip die bei %1 freigeschaltete Adresse ist, und den Status des Anbieters.</translation>
    </message>
    <message>
        <source>%1 answers 503</source>
        <translation>%1 antwortet 503</translation>
    </message>
    <message>
        <source>503 Service Unavailable. %1 answers so to registrations over IPv4; over which family this REGISTER left is not known yet (FreeSWITCH reports it with the next attempt).</source>
        <translation>503 Service Unavailable. So antwortet %1 auf Registrierungen über IPv4; über welche Adressfamilie dieses REGISTER hinausging, ist noch nicht bekannt (FreeSWITCH meldet es mit dem nächsten Versuch).</translation>
    </message>
    <message>
        <source>Registration failing (cause not reported yet)</source>
        <translation>Registrierung schlägt fehl (Ursache noch nicht gemeldet)</translation>
    </message>
    <message>
        <source>FreeSWITCH has not reported the SIP answer since the console connected; the next attempt will. The saved realm is &quot;%2&quot; where %3 requires %1 and answers 401 Unauthorized to any other domain (FreeSWITCH reports it as 904).</source>
        <translation>FreeSWITCH hat die SIP-Antwort seit dem Verbinden der Konsole nicht gemeldet; der nächste Versuch wird es tun. Der gespeicherte Realm ist „%2“, %3 verlangt aber %1 und antwortet auf jede andere Domain mit 401 Unauthorized (FreeSWITCH meldet das als 904).</translation>
    </message>
    <message>
        <source>FreeSWITCH has not reported the SIP answer since the console connected (its status list carries none); the next attempt will.</source>
        <translation>FreeSWITCH hat die SIP-Antwort seit dem Verbinden der Konsole nicht gemeldet (seine Statusliste enthält keine); der nächste Versuch wird es tun.</translation>
    </message>
    <message>
        <source>Pings fail (503)</source>
        <translation>Pings scheitern (503)</translation>
    </message>
    <message>
        <source>503 Service Unavailable to the OPTIONS pings: either %1 answered so, or nothing answered and FreeSWITCH&apos;s own SIP stack reported it (no listener, no route). FreeSWITCH&apos;s ping report does not say which: check the provider&apos;s status and the path to it.</source>
        <translation>503 Service Unavailable auf die OPTIONS-Pings: Entweder hat %1 so geantwortet, oder niemand hat geantwortet und FreeSWITCHs eigener SIP-Stack hat es gemeldet (kein Empfänger, keine Route). FreeSWITCHs Ping-Meldung sagt nicht, was davon: Prüfen Sie den Status des Anbieters und den Weg dorthin.</translation>
    </message>
    <message>
        <source>No answer from %1 (503 from FreeSWITCH itself)</source>
        <translation>Keine Antwort von %1 (503 von FreeSWITCH selbst)</translation>
    </message>
    <message>
        <source>Nothing answered the REGISTER: FreeSWITCH&apos;s own SIP stack reported 503 after the network refused the packet (no listener, ICMP port unreachable). %1 said nothing: check the proxy&apos;s address and port, the routing and the firewalls on the way.</source>
        <translation>Niemand hat auf das REGISTER geantwortet: FreeSWITCHs eigener SIP-Stack hat 503 gemeldet, nachdem das Netz das Paket abgewiesen hat (kein Empfänger, ICMP Port unreachable). %1 hat nichts gesagt: Prüfen Sie Adresse und Port des Proxys, das Routing und die Firewalls auf dem Weg.</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch läuft</translation>
    </message>
</context>
<context>
    <name>xynap::session::ActivityLog</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Platform API</source>
        <translation>Platform API</translation>
    </message>
    <message>
        <source>Event Socket</source>
        <translation>Event Socket</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Trunk or node</source>
        <translation>Trunk oder Knoten</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>What changed / note</source>
        <translation>Was sich änderte / Notiz</translation>
    </message>
</context>
<context>
    <name>xynap::session::ApplyJob</name>
    <message>
        <source>No gateway_delete within %1 s; rescanning anyway.</source>
        <translation>Kein gateway_delete innerhalb von %1 s; rescan wird trotzdem ausgeführt.</translation>
    </message>
    <message>
        <source>The rescan of %1 did not finish in time.</source>
        <translation>Der rescan von %1 wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Removing the running gateway %1 (killgw)…</source>
        <translation>Laufendes Gateway %1 wird entfernt (killgw)…</translation>
    </message>
    <message>
        <source>%1 is gone.</source>
        <translation>%1 ist entfernt.</translation>
    </message>
    <message>
        <source>%1 was not running.</source>
        <translation>%1 lief nicht.</translation>
    </message>
    <message>
        <source>Rescanning the profile %1…</source>
        <translation>Profil %1 wird neu eingelesen (rescan)…</translation>
    </message>
    <message>
        <source>The profile %1 was rescanned.</source>
        <translation>Das Profil %1 wurde neu eingelesen (rescan).</translation>
    </message>
    <message>
        <source>Waiting for %1 to come back…</source>
        <translation>Warten, bis %1 wieder da ist…</translation>
    </message>
    <message>
        <source>%1 is back: %2.</source>
        <translation>%1 ist wieder da: %2.</translation>
    </message>
    <message>
        <source>%1 is back but still %2 after %3 s.</source>
        <translation>%1 ist zurück, aber nach %3 s noch %2.</translation>
    </message>
    <message>
        <source>without a state</source>
        <translation>ohne Zustand</translation>
    </message>
    <message>
        <source>%1 did not come back within %3 s of the rescan: is it still served to the profile %2?</source>
        <translation>%1 ist innerhalb von %3 s nach dem Rescan nicht zurückgekommen: Wird es dem Profil %2 noch geliefert?</translation>
    </message>
    <message>
        <source>There is no gateway %1: FreeSWITCH does not run it and the Platform API does not serve it.</source>
        <translation>Es gibt kein Gateway %1: FreeSWITCH betreibt es nicht, und die Platform API liefert es nicht.</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Rescan</translation>
    </message>
    <message>
        <source>Apply (killgw + rescan)</source>
        <translation>Anwenden (killgw + rescan)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is back (NOREG), applied but not yet confirmed: no ping was answered within %2 s of the rescan.</source>
        <translation>%1 ist wieder da (NOREG), übernommen, aber noch nicht bestätigt: Innerhalb von %2 s nach dem Rescan wurde kein Ping beantwortet.</translation>
    </message>
    <message>
        <source>%1 is back but not healthy: %2 — %3</source>
        <translation>%1 ist wieder da, aber nicht in Ordnung: %2 — %3</translation>
    </message>
    <message>
        <source>%1 is back (NOREG); waiting for an answered ping…</source>
        <translation>%1 ist wieder da (NOREG); warte auf einen beantworteten Ping…</translation>
    </message>
    <message>
        <source>%1 is back (NOREG), applied but not confirmed: it does not ping, so nothing FreeSWITCH reports proves the path to the provider.</source>
        <translation>%1 ist wieder da (NOREG), übernommen, aber nicht bestätigt: Das Gateway pingt nicht, also belegt nichts, was FreeSWITCH meldet, den Weg zum Anbieter.</translation>
    </message>
    <message>
        <source>%1 is back: NOREG, and a ping was answered since the rescan.</source>
        <translation>%1 ist wieder da: NOREG, und seit dem Rescan wurde ein Ping beantwortet.</translation>
    </message>
    <message>
        <source>FreeSWITCH to delete %1 (killgw)</source>
        <translation>dass FreeSWITCH %1 löscht (killgw)</translation>
    </message>
    <message>
        <source>the rescan of %1 to finish</source>
        <translation>das Ende des Rescans von %1</translation>
    </message>
    <message>
        <source>%1 to register or fail (it is %2)</source>
        <translation>dass %1 sich registriert oder scheitert (es ist %2)</translation>
    </message>
    <message>
        <source>%1 to come back after the rescan</source>
        <translation>die Rückkehr von %1 nach dem Rescan</translation>
    </message>
    <message>
        <source>an answered ping of %1</source>
        <translation>einen beantworteten Ping von %1</translation>
    </message>
    <message>
        <source>Not sent: the profile name is not one FreeSWITCH accepts.</source>
        <translation>Nicht gesendet: FreeSWITCH nimmt diesen Profilnamen nicht an.</translation>
    </message>
    <message>
        <source>Not sent: &quot;_all_&quot; removes every gateway of the profile %1 and drops their calls; it needs a confirmation.</source>
        <translation>Nicht gesendet: „_all_“ entfernt jedes Gateway des Profils %1 und beendet dessen Anrufe; das muss bestätigt werden.</translation>
    </message>
    <message>
        <source>Not sent: the gateway name is not one FreeSWITCH accepts.</source>
        <translation>Nicht gesendet: FreeSWITCH nimmt diesen Gateway-Namen nicht an.</translation>
    </message>
    <message>
        <source>Every gateway of %1 is being removed.</source>
        <translation>Jedes Gateway von %1 wird entfernt.</translation>
    </message>
</context>
<context>
    <name>xynap::session::CoverageMatrixModel</name>
    <message>
        <source>UFW: not loaded</source>
        <translation>UFW: nicht geladen</translation>
    </message>
    <message numerus="yes">
        <source>UFW: %1 (%n rule(s))</source>
        <translation>
            <numerusform>UFW: %1 (%n Regel)</numerusform>
            <numerusform>UFW: %1 (%n Regeln)</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>IPv6 off</source>
        <translation>IPv6 aus</translation>
    </message>
    <message>
        <source>ACL: not loaded</source>
        <translation>ACL: nicht geladen</translation>
    </message>
    <message numerus="yes">
        <source>ACL: %1 (%n list(s))</source>
        <translation>
            <numerusform>ACL: %1 (%n Liste)</numerusform>
            <numerusform>ACL: %1 (%n Listen)</numerusform>
        </translation>
    </message>
    <message>
        <source>covered</source>
        <translation>abgedeckt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise abgedeckt</translation>
    </message>
    <message>
        <source>shadowed by deny</source>
        <translation>durch ein früheres deny verdeckt</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>nicht abgedeckt</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht benötigt</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>the default policy</source>
        <translation>die Standard-Policy</translation>
    </message>
    <message>
        <source>rule %1 (line %2): %3</source>
        <translation>Regel %1 (Zeile %2): %3</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>the list&apos;s default (allow)</source>
        <translation>den default der Liste (allow)</translation>
    </message>
    <message>
        <source>the list&apos;s default (deny)</source>
        <translation>den default der Liste (deny)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>UFW&apos;s IPv6 support is off (IPV6=no): it drops all IPv6 traffic, whatever the rules say.</source>
        <translation>Die IPv6-Unterstützung von UFW ist aus (IPV6=no): UFW verwirft jeglichen IPv6-Verkehr, unabhängig von den Regeln.</translation>
    </message>
    <message>
        <source>Let through because UFW is inactive or its default incoming policy is allow — not by a rule.</source>
        <translation>Durchgelassen, weil UFW inaktiv ist oder die Standard-Policy für eingehenden Verkehr allow ist — nicht durch eine Regel.</translation>
    </message>
    <message>
        <source>Allowed by:</source>
        <translation>Erlaubt durch:</translation>
    </message>
    <message>
        <source>No rule allows it.</source>
        <translation>Keine Regel erlaubt es.</translation>
    </message>
    <message>
        <source>A limit rule allows part of it: ufw blocks a source that opens 6 or more connections within 30 seconds.</source>
        <translation>Eine limit-Regel erlaubt es nur teilweise: ufw sperrt eine Quelle, die innerhalb von 30 Sekunden 6 oder mehr Verbindungen öffnet.</translation>
    </message>
    <message>
        <source>Gaps: none.</source>
        <translation>Lücken: keine.</translation>
    </message>
    <message>
        <source>Gaps (not let through):</source>
        <translation>Lücken (nicht durchgelassen):</translation>
    </message>
    <message>
        <source>IPv6 is off</source>
        <translation>IPv6 ist aus</translation>
    </message>
    <message>
        <source>%1 matches first and hides %2</source>
        <translation>%1 greift zuerst und verdeckt %2</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>entschieden durch %1</translation>
    </message>
    <message>
        <source>no rule matches: the default policy (%1) decides</source>
        <translation>keine Regel greift: Die Standard-Policy (%1) entscheidet</translation>
    </message>
    <message>
        <source>The ACL list &apos;%1&apos; does not exist, so FreeSWITCH does not let this block in without a challenge.</source>
        <translation>Die ACL-Liste &apos;%1&apos; existiert nicht, daher lässt FreeSWITCH diesen Block nicht ohne Challenge herein.</translation>
    </message>
    <message>
        <source>List &apos;%1&apos; (line %2, default allow), decided per block:</source>
        <translation>Liste &apos;%1&apos; (Zeile %2, default allow), je Block entschieden:</translation>
    </message>
    <message>
        <source>List &apos;%1&apos; (line %2, default deny), decided per block:</source>
        <translation>Liste &apos;%1&apos; (Zeile %2, default deny), je Block entschieden:</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>erlaubt durch %1</translation>
    </message>
    <message>
        <source>denied by %1</source>
        <translation>gesperrt durch %1</translation>
    </message>
    <message>
        <source>only from source ports %1</source>
        <translation>nur von Quellports %1</translation>
    </message>
    <message numerus="yes">
        <source>%n domain= node(s) not evaluated: their addresses come from the directory.</source>
        <translation>
            <numerusform>%n domain=-Node nicht ausgewertet: Seine Adressen kommen aus dem Directory.</numerusform>
            <numerusform>%n domain=-Nodes nicht ausgewertet: Ihre Adressen kommen aus dem Directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>A single address the provider&apos;s trunk uses.</source>
        <translation>Eine einzelne Adresse, die der Trunk des Providers verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>An address range of the provider (%n address(es)).</source>
        <translation>
            <numerusform>Ein Adressbereich des Providers (%n Adresse).</numerusform>
            <numerusform>Ein Adressbereich des Providers (%n Adressen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider sends no SIP from this block; the ACL does not matter for it.</source>
        <translation>Der Provider sendet aus diesem Block kein SIP; die ACL spielt dafür keine Rolle.</translation>
    </message>
    <message>
        <source>The provider does not use this service from this block; no rule is needed.</source>
        <translation>Der Provider nutzt diesen Dienst aus diesem Block nicht; es ist keine Regel nötig.</translation>
    </message>
    <message>
        <source>No ACL loaded: open acl.conf.xml, paste it, or load it from FreeSWITCH.</source>
        <translation>Keine ACL geladen: acl.conf.xml öffnen, einfügen oder aus FreeSWITCH laden.</translation>
    </message>
    <message>
        <source>No UFW rules loaded: open a file, paste them, or load them from the platform.</source>
        <translation>Keine UFW-Regeln geladen: eine Datei öffnen, die Regeln einfügen oder sie von der Plattform laden.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source># Nothing to fix: no warnings and no errors.</source>
        <translation># Nichts zu korrigieren: keine Warnungen und keine Fehler.</translation>
    </message>
    <message>
        <source># UFW: run on the switch as root, then check with `ufw status numbered`.</source>
        <translation># UFW: auf dem Switch als root ausführen, dann mit `ufw status numbered` prüfen.</translation>
    </message>
    <message>
        <source># The console never changes a firewall.</source>
        <translation># Die Konsole ändert nie eine Firewall.</translation>
    </message>
    <message>
        <source>&lt;!-- FreeSWITCH ACL: add to list &quot;%1&quot; in autoload_configs/acl.conf.xml, then run `reloadacl`. --&gt;</source>
        <translation>&lt;!-- FreeSWITCH-ACL: in autoload_configs/acl.conf.xml zur Liste &quot;%1&quot; hinzufügen, dann `reloadacl` ausführen. --&gt;</translation>
    </message>
    <message>
        <source>Range / address</source>
        <translation>Bereich / Adresse</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>SIP UDP 5060</source>
        <translation>SIP UDP 5060</translation>
    </message>
    <message>
        <source>SIP TLS 5061</source>
        <translation>SIP TLS 5061</translation>
    </message>
    <message>
        <source>RTP</source>
        <translation>RTP</translation>
    </message>
    <message>
        <source>WSS 7443</source>
        <translation>WSS 7443</translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation>ACL %1</translation>
    </message>
    <message>
        <source>UFW: SIP over UDP to port 5060</source>
        <translation>UFW: SIP über UDP an Port 5060</translation>
    </message>
    <message>
        <source>UFW: SIP over TLS (TCP) to port 5061</source>
        <translation>UFW: SIP über TLS (TCP) an Port 5061</translation>
    </message>
    <message>
        <source>UFW: media (UDP) to the RTP ports of the provider&apos;s Sofia profile</source>
        <translation>UFW: Medien (UDP) an die RTP-Ports des Sofia-Profils des Providers</translation>
    </message>
    <message>
        <source>UFW: WebRTC (secure WebSocket, TCP) to port 7443</source>
        <translation>UFW: WebRTC (Secure WebSocket, TCP) an Port 7443</translation>
    </message>
    <message>
        <source>FreeSWITCH: does the network list let this block in (apply-inbound-acl)?</source>
        <translation>FreeSWITCH: Lässt die Netzwerkliste diesen Block herein (apply-inbound-acl)?</translation>
    </message>
    <message>
        <source>the Platform API sent no list of rules.</source>
        <translation>die Platform API hat keine Regelliste gesendet.</translation>
    </message>
    <message>
        <source>the Platform API sent a rule that is not text</source>
        <translation>die Platform API hat eine Regel gesendet, die kein Text ist</translation>
    </message>
</context>
<context>
    <name>xynap::session::GatewayMonitor</name>
    <message>
        <source>No data since %1</source>
        <translation>Keine Daten seit %1</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>The link to %1 is down or silent: %2</source>
        <translation>Die Verbindung zu %1 ist unterbrochen oder stumm: %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Last SIP answer</source>
        <translation>Letzte SIP-Antwort</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>The node announced more than %1 gateways; the rest is ignored.</source>
        <translation>Der Knoten hat mehr als %1 Gateways gemeldet; der Rest wird ignoriert.</translation>
    </message>
    <message>
        <source>Gateway list unreadable</source>
        <translation>Gateway-Liste unlesbar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>The Platform API serves the trunk %1 for the profile %2, but FreeSWITCH on %3 does not run it. If FreeSWITCH started before the API answered, its profiles have no gateways and never ask again: rescan the profile %2.</source>
        <translation>Die Platform API liefert den Trunk %1 für das Profil %2, aber FreeSWITCH auf %3 betreibt ihn nicht. Wenn FreeSWITCH vor der API gestartet ist, haben seine Profile keine Gateways und fragen nie wieder nach: Profil %2 neu einlesen (Rescan).</translation>
    </message>
    <message>
        <source>Removed at %1</source>
        <translation>Entfernt um %1</translation>
    </message>
    <message>
        <source>FreeSWITCH deleted the gateway, and the Platform API no longer serves it.</source>
        <translation>FreeSWITCH hat das Gateway gelöscht, und die Platform API liefert es nicht mehr.</translation>
    </message>
    <message>
        <source>Gone since %1</source>
        <translation>Weg seit %1</translation>
    </message>
    <message>
        <source>FreeSWITCH deleted the gateway (killgw, a profile restart or a shutdown) and has not added it again.</source>
        <translation>FreeSWITCH hat das Gateway gelöscht (killgw, Neustart des Profils oder Herunterfahren) und nicht wieder angelegt.</translation>
    </message>
    <message>
        <source>Not served by the Platform API</source>
        <translation>Nicht von der Platform API geliefert</translation>
    </message>
    <message>
        <source>NOT RUNNING</source>
        <translation>LÄUFT NICHT</translation>
    </message>
    <message>
        <source>GONE</source>
        <translation>WEG</translation>
    </message>
    <message>
        <source>Calls in / out</source>
        <translation>Anrufe ein / aus</translation>
    </message>
    <message>
        <source>Failed in / out</source>
        <translation>Fehlgeschlagen ein / aus</translation>
    </message>
    <message>
        <source>FreeSWITCH runs this gateway, but the Platform API serves no trunk of this name (deleted?). It keeps registering and taking calls until it is removed: %1.</source>
        <translation>FreeSWITCH betreibt dieses Gateway, aber die Platform API liefert keinen Trunk dieses Namens (gelöscht?). Es registriert sich weiter und nimmt Anrufe an, bis es entfernt wird: %1.</translation>
    </message>
    <message>
        <source>FreeSWITCH runs this gateway, but the Platform API serves no trunk of this name (deleted?). It keeps registering and taking calls until it is removed with killgw; its name is not one FreeSWITCH accepts, so no command is offered.</source>
        <translation>FreeSWITCH betreibt dieses Gateway, aber die Platform API liefert keinen Trunk dieses Namens (gelöscht?). Es registriert sich weiter und nimmt Anrufe an, bis es mit killgw entfernt wird; FreeSWITCH nimmt seinen Namen nicht an, daher wird kein Befehl angeboten.</translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation>Wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <source>The saved trunk has an error that explains this: %1 %2</source>
        <translation>Der gespeicherte Trunk hat einen Fehler, der das erklärt: %1 %2</translation>
    </message>
    <message>
        <source>saved change not applied</source>
        <translation>gespeicherte Änderung nicht übernommen</translation>
    </message>
    <message>
        <source>will fail when applied</source>
        <translation>wird beim Übernehmen scheitern</translation>
    </message>
    <message>
        <source>Stopped by operator at %1</source>
        <translation>Vom Operator gestoppt um %1</translation>
    </message>
    <message>
        <source>Taken out of service from this console (killgw) at %1. FreeSWITCH runs it again after a rescan of the profile %2: Return to service.</source>
        <translation>Um %1 von dieser Konsole außer Betrieb genommen (killgw). FreeSWITCH führt es nach einem Rescan des Profils %2 wieder aus: Wieder in Betrieb nehmen.</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>GESTOPPT</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
</context>
<context>
    <name>xynap::session::HealthSummary</name>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>trunks not known: %1</source>
        <translation>Trunks unbekannt: %1</translation>
    </message>
    <message>
        <source>no gateway reported by FreeSWITCH and none served by the Platform API</source>
        <translation>FreeSWITCH meldet kein Gateway, und die Platform API liefert keines</translation>
    </message>
    <message>
        <source>%n gateway(s) healthy</source>
        <translation>%n Gateway(s) in Ordnung</translation>
    </message>
</context>
<context>
    <name>xynap::session::PlatformSession</name>
    <message>
        <source>The Platform API sent trunks the console cannot read: %1</source>
        <translation>Die Platform API hat Trunks geschickt, die die Konsole nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>Platform API</source>
        <translation>Platform API</translation>
    </message>
    <message>
        <source>UFW rules: %1</source>
        <translation>UFW-Regeln: %1</translation>
    </message>
    <message>
        <source>ACL: no FreeSWITCH node is configured, so the ACL cannot be read over the Event Socket.</source>
        <translation>ACL: Es ist kein FreeSWITCH-Knoten eingerichtet, daher kann die ACL nicht über den Event Socket gelesen werden.</translation>
    </message>
    <message>
        <source>ACL: no FreeSWITCH node is connected, so the ACL cannot be read over the Event Socket.</source>
        <translation>ACL: Kein FreeSWITCH-Knoten ist verbunden, daher kann die ACL nicht über den Event Socket gelesen werden.</translation>
    </message>
    <message>
        <source>ACL: FreeSWITCH node %1 did not answer: %2</source>
        <translation>ACL: FreeSWITCH-Knoten %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>ACL: FreeSWITCH node %1 answered: %2</source>
        <translation>ACL: FreeSWITCH-Knoten %1 antwortete: %2</translation>
    </message>
    <message>
        <source>FreeSWITCH %1 (Event Socket)</source>
        <translation>FreeSWITCH %1 (Event Socket)</translation>
    </message>
    <message numerus="yes">
        <source>UFW rules: %n line(s) could not be read, so the firewall is not checked.</source>
        <translation>
            <numerusform>UFW-Regeln: %n Zeile konnte nicht gelesen werden, daher wird die Firewall nicht geprüft.</numerusform>
            <numerusform>UFW-Regeln: %n Zeilen konnten nicht gelesen werden, daher wird die Firewall nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>ACL: %1, so the ACL is not checked.</source>
        <translation>ACL: %1, daher wird die ACL nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>xynap::session::SofiaActions</name>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Sofia profile name.</source>
        <translation>„%1“ ist kein Name eines Sofia-Profils.</translation>
    </message>
    <message>
        <source>The profile %1 is restarting; its gateways come back in a few seconds.</source>
        <translation>Das Profil %1 wird neu gestartet; seine Gateways kommen in einigen Sekunden zurück.</translation>
    </message>
    <message>
        <source>The profile %1 was not restarted: %2</source>
        <translation>Das Profil %1 wurde nicht neu gestartet: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>xynap::session::TrunkEditSession</name>
    <message>
        <source>Saved, but the Platform API&apos;s answer cannot be read: %1</source>
        <translation>Gespeichert, aber die Antwort der Platform API ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>(The gateway XML could not be fetched: %1)</source>
        <translation>(Das Gateway-XML konnte nicht abgerufen werden: %1)</translation>
    </message>
    <message>
        <source>New trunk</source>
        <translation>Neuer Trunk</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>No field changed</source>
        <translation>Kein Feld geändert</translation>
    </message>
    <message>
        <source>Delete the trunk</source>
        <translation>Trunk löschen</translation>
    </message>
    <message>
        <source>The answer to the save never came, and the trunk cannot be read again (%1): it is not known whether the platform saved it. Your draft is kept.</source>
        <translation>Die Antwort auf das Speichern kam nie, und der Trunk lässt sich nicht erneut lesen (%1): Ob die Plattform ihn gespeichert hat, ist unbekannt. Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>The answer to the save never came; the platform still holds version %1: not saved. Your draft is kept.</source>
        <translation>Die Antwort auf das Speichern kam nie; die Plattform hat noch Version %1: nicht gespeichert. Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>The answer to the save never came; the platform now holds version %1, which is not your draft. Your draft is kept: review and save again.</source>
        <translation>Die Antwort auf das Speichern kam nie; die Plattform hat jetzt Version %1, die nicht Ihr Entwurf ist. Ihr Entwurf bleibt erhalten: Prüfen und speichern Sie erneut.</translation>
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
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s)</source>
        <translation>
            <numerusform>✖ %n Fehler</numerusform>
            <numerusform>✖ %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n warning(s)</source>
        <translation>
            <numerusform>▲ %n Warnung</numerusform>
            <numerusform>▲ %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>? not watched</source>
        <translation>? nicht beobachtet</translation>
    </message>
    <message>
        <source>No FreeSWITCH node is connected: whether FreeSWITCH runs this trunk is not known.</source>
        <translation>Kein FreeSWITCH-Knoten ist verbunden: Ob FreeSWITCH diesen Trunk betreibt, ist unbekannt.</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>no data from this node</source>
        <translation>keine Daten von diesem Knoten</translation>
    </message>
    <message>
        <source>NOT RUNNING</source>
        <translation>LÄUFT NICHT</translation>
    </message>
    <message>
        <source>GONE</source>
        <translation>WEG</translation>
    </message>
    <message>
        <source>not seen on this node yet</source>
        <translation>auf diesem Knoten noch nicht gesehen</translation>
    </message>
    <message>
        <source>%1 %2 on all %3 nodes</source>
        <translation>%1 %2 auf allen %3 Knoten</translation>
    </message>
    <message>
        <source>%1 %2 on %3 (%4 of %5 nodes healthy)</source>
        <translation>%1 %2 auf %3 (%4 von %5 Knoten gesund)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
</context>
<context>
    <name>xynap::ui</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Edit trunk</source>
        <translation>Trunk bearbeiten</translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation>✖ Fehler</translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation>▲ Warnung</translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation>ℹ Hinweis</translation>
    </message>
</context>
<context>
    <name>xynap::ui::ActivityPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export activity log</source>
        <translation>Aktivitätsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation>Aktivitätsprotokoll filtern</translation>
    </message>
    <message>
        <source>Filter (trunk, node, request, answer, note)</source>
        <translation>Filtern (Trunk, Knoten, Anfrage, Antwort, Notiz)</translation>
    </message>
</context>
<context>
    <name>xynap::ui::ConflictDialog</name>
    <message>
        <source>Conflict: %1 was changed by someone else</source>
        <translation>Konflikt: %1 wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Fremde Version (gespeichert)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene Version</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Fremde Version</translation>
    </message>
    <message>
        <source>Someone saved %1 after you opened it. Choose for each field which value to keep; then review and save again.</source>
        <translation>Jemand hat %1 gespeichert, nachdem Sie es geöffnet haben. Für jedes Feld auswählen, welcher Wert erhalten bleibt; anschließend erneut prüfen und speichern.</translation>
    </message>
    <message>
        <source>&amp;Use this combination</source>
        <translation>Diese Kombination &amp;verwenden</translation>
    </message>
    <message>
        <source>Fields that differ between their version and yours</source>
        <translation>Felder, in denen sich ihre und Ihre Fassung unterscheiden</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides (marked ⚠): these need your choice.</source>
        <translation>
            <numerusform>%n Feld wurde auf beiden Seiten geändert (mit ⚠ markiert): Hier müssen Sie wählen.</numerusform>
            <numerusform>%n Felder wurden auf beiden Seiten geändert (mit ⚠ markiert): Hier müssen Sie wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No field was changed on both sides: their changes and yours merge as proposed.</source>
        <translation>Kein Feld wurde auf beiden Seiten geändert: Ihre und deren Änderungen werden wie vorgeschlagen zusammengeführt.</translation>
    </message>
    <message>
        <source>Their version: %1, saved while you edited version %2. The Platform API does not say who saved it or when; your save was refused at %3.</source>
        <translation>Deren Fassung: %1, gespeichert, während Sie Fassung %2 bearbeitet haben. Die Platform API sagt nicht, wer sie wann gespeichert hat; Ihr Speichern wurde um %3 abgelehnt.</translation>
    </message>
    <message>
        <source>⚠ both, differently</source>
        <translation>⚠ beide, unterschiedlich</translation>
    </message>
    <message>
        <source>them only</source>
        <translation>nur die anderen</translation>
    </message>
    <message>
        <source>you only</source>
        <translation>nur Sie</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behalten für %1</translation>
    </message>
    <message>
        <source>Their version: %1, saved by %2 at %3 while you edited version %4; your save was refused at %5.</source>
        <translation>Deren Fassung: %1, gespeichert von %2 um %3, während Sie Fassung %4 bearbeitet haben; Ihr Speichern wurde um %5 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>xynap::ui::ConnectDialog</name>
    <message>
        <source>Allow plain &amp;HTTP to this host</source>
        <translation>Unverschlüsseltes &amp;HTTP zu diesem Host erlauben</translation>
    </message>
    <message>
        <source>&amp;Keep the secrets in the system keychain</source>
        <translation>Geheimnisse im System-Schlüsselbund auf&amp;bewahren</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to a platform</source>
        <translation>Mit einer Plattform verbinden</translation>
    </message>
    <message>
        <source>https://platform.example.net</source>
        <translation>https://platform.example.net</translation>
    </message>
    <message>
        <source>fs1.example.net:8021 — one FreeSWITCH node per line</source>
        <translation>fs1.example.net:8021 — ein FreeSWITCH-Knoten pro Zeile</translation>
    </message>
    <message>
        <source>optional: the platform&apos;s own CA (PEM)</source>
        <translation>optional: die eigene CA der Plattform (PEM)</translation>
    </message>
    <message>
        <source>optional: SHA-256 of the server&apos;s public key, base64</source>
        <translation>optional: SHA-256 des öffentlichen Schlüssels des Servers, base64</translation>
    </message>
    <message>
        <source>Off: the secrets typed here are used for this session only and written nowhere.</source>
        <translation>Aus: Die hier eingegebenen Geheimnisse gelten nur für diese Sitzung und werden nirgends gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Platform &amp;API:</source>
        <translation>Platform &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Event Socket:</source>
        <translation>&amp;Event Socket:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Public-key &amp;pin:</source>
        <translation>Public-Key-&amp;Pin:</translation>
    </message>
    <message>
        <source>Event Socket pass&amp;word:</source>
        <translation>Event-Socket-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP: the API token and every change travel unencrypted and can be read or altered on the way. The console keeps a warning on screen.</source>
        <translation>⚠ Unverschlüsseltes HTTP: Das API-Token und jede Änderung gehen unverschlüsselt über das Netz und können unterwegs gelesen oder verändert werden. Die Konsole zeigt dauerhaft eine Warnung.</translation>
    </message>
    <message>
        <source>Plain HTTP to a host other than this computer is refused. Use https://, or tick the box to allow it for this profile.</source>
        <translation>Unverschlüsseltes HTTP zu einem anderen Host als diesem Rechner wird abgelehnt. https:// verwenden oder das Kästchen ankreuzen, um es für dieses Profil zu erlauben.</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>not stored: FreeSWITCH&apos;s default is tried</source>
        <translation>nicht gespeichert: Der Standard von FreeSWITCH wird versucht</translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>im Schlüsselbund gespeichert — Eingabe ersetzt es</translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Name: give the profile a name, e.g. production.</source>
        <translation>Name: Dem Profil einen Namen geben, z. B. production.</translation>
    </message>
    <message>
        <source>Name: &quot;/&quot; cannot be part of a profile name.</source>
        <translation>Name: &quot;/&quot; darf nicht Teil eines Profilnamens sein.</translation>
    </message>
    <message>
        <source>Platform API: &quot;%1&quot; is not an http(s) URL such as https://platform.example.net.</source>
        <translation>Platform API: &quot;%1&quot; ist keine http(s)-URL wie https://platform.example.net.</translation>
    </message>
    <message>
        <source>Platform API: plain HTTP to %1 is refused. Use https://, or allow plain HTTP for this profile.</source>
        <translation>Platform API: Unverschlüsseltes HTTP zu %1 wird abgelehnt. https:// verwenden oder unverschlüsseltes HTTP für dieses Profil erlauben.</translation>
    </message>
    <message>
        <source>Event Socket, line %1: &quot;%2&quot; is not HOST:PORT (IPv6 in brackets: [2001:db8::1]:8021).</source>
        <translation>Event Socket, Zeile %1: &quot;%2&quot; ist nicht HOST:PORT (IPv6 in eckigen Klammern: [2001:db8::1]:8021).</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA-Datei: %1</translation>
    </message>
    <message>
        <source>Public-key pin: %1</source>
        <translation>Public-Key-Pin: %1</translation>
    </message>
    <message>
        <source>The keychain could not keep the secrets (%1). They are used for this session only and written nowhere.</source>
        <translation>Der Schlüsselbund konnte die Geheimnisse nicht aufbewahren (%1). Sie gelten nur für diese Sitzung und werden nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>Profil %1 gespeichert.</translation>
    </message>
    <message>
        <source>This token may look, but not change trunks.</source>
        <translation>Dieses Token darf Trunks ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the connection profile %1 and its secrets in the keychain? xynapctl uses the same profiles.</source>
        <translation>Das Verbindungsprofil %1 und seine Geheimnisse im Schlüsselbund löschen? xynapctl verwendet dieselben Profile.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Profile %1 deleted.</source>
        <translation>Profil %1 gelöscht.</translation>
    </message>
    <message>
        <source>Still saving to the keychain… try again in a moment.</source>
        <translation>Wird noch im Schlüsselbund gespeichert… gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time (%1). The secrets are used for this session; the keychain may still store them later.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet (%1). Die Geheimnisse gelten für diese Sitzung; der Schlüsselbund speichert sie womöglich noch später.</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Gespeicherte Verbindungsprofile</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <source>No platform yet? Enter a name, the Platform API&apos;s address (https://…), one FreeSWITCH node per line as HOST:PORT of its Event Socket (8021) and the API token. Test checks them; Connect saves and opens the console. Just looking? Try the sandbox.</source>
        <translation>Noch keine Plattform? Geben Sie einen Namen ein, die Adresse der Platform API (https://…), je Zeile einen FreeSWITCH-Knoten als HOST:PORT seines Event Socket (8021) und das API-Token. Testen prüft sie; Verbinden speichert und öffnet die Konsole. Nur ansehen? Probieren Sie die Sandbox.</translation>
    </message>
    <message>
        <source>T&amp;ry the sandbox</source>
        <translation>Sandbox ausp&amp;robieren</translation>
    </message>
    <message>
        <source>Start the console on its built-in sandbox platform: nothing real is touched.</source>
        <translation>Die Konsole auf ihrer eingebauten Sandbox-Plattform starten: Nichts Echtes wird berührt.</translation>
    </message>
    <message>
        <source>Sign in to the Platform API (/api/v1/auth/me) and to the Event Socket of every node; say what each answered.</source>
        <translation>Bei der Platform API (/api/v1/auth/me) und beim Event Socket jedes Knotens anmelden; sagen, was jeder geantwortet hat.</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <source>Use once, don&apos;t save</source>
        <translation>Einmal verwenden, nicht speichern</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>You changed the saved profile %1. Save the changes for next time (xynapctl uses the same profiles), or use them for this connection only?</source>
        <translation>Sie haben das gespeicherte Profil %1 geändert. Die Änderungen für das nächste Mal speichern (xynapctl verwendet dieselben Profile) oder nur für diese Verbindung verwenden?</translation>
    </message>
    <message>
        <source>… Platform API: signing in to %1…</source>
        <translation>… Platform API: Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>… Event Socket %1: connecting…</source>
        <translation>… Event Socket %1: Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>✔ Platform API: signed in as %1 (%2).</source>
        <translation>✔ Platform API: angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>✖ Platform API: %1</source>
        <translation>✖ Platform API: %1</translation>
    </message>
    <message>
        <source>the reply does not say whose token it is.</source>
        <translation>Die Antwort sagt nicht, wem das Token gehört.</translation>
    </message>
    <message>
        <source>✔ Event Socket %1: signed in.</source>
        <translation>✔ Event Socket %1: angemeldet.</translation>
    </message>
    <message>
        <source>✖ Event Socket %1: %2</source>
        <translation>✖ Event Socket %1: %2</translation>
    </message>
    <message>
        <source>Name: use at most 128 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, e.g. production.</source>
        <translation>Name: höchstens 128 Buchstaben, Ziffern, „_“, „.“ oder „-“, z. B. produktion.</translation>
    </message>
</context>
<context>
    <name>xynap::ui::Connector</name>
    <message>
        <source>API token for %1</source>
        <translation>API-Token für %1</translation>
    </message>
    <message>
        <source>Enter the token for this session only; it is not saved.</source>
        <translation>Das Token nur für diese Sitzung eingeben; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The profile&apos;s CA file cannot be used: %1</source>
        <translation>Die CA-Datei des Profils ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The profile&apos;s public-key pin cannot be used: %1</source>
        <translation>Der Public-Key-Pin des Profils ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The API token is used for this session only.</source>
        <translation>Das API-Token gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The Event Socket password for %1 could not be read from the keychain (%2); FreeSWITCH&apos;s default is tried.</source>
        <translation>Das Event-Socket-Passwort für %1 konnte nicht aus dem Schlüsselbund gelesen werden (%2); der Standard von FreeSWITCH wird versucht.</translation>
    </message>
    <message>
        <source>No API token is stored in the keychain for %1.</source>
        <translation>Im Schlüsselbund ist für %1 kein API-Token gespeichert.</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1).</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <source>The console runs without a token: the platform refuses it.</source>
        <translation>Die Konsole läuft ohne Token: Die Plattform weist sie ab.</translation>
    </message>
    <message>
        <source>XYNAP_TOKEN is not used: the profile %1 has its own API token in the keychain, and a token belongs to its platform.</source>
        <translation>XYNAP_TOKEN wird nicht verwendet: Das Profil %1 hat ein eigenes API-Token im Schlüsselbund, und ein Token gehört zu seiner Plattform.</translation>
    </message>
</context>
<context>
    <name>xynap::ui::CoveragePage</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&amp;Suggest a fix</source>
        <translation>Korrektur &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Firewall and ACL coverage</source>
        <translation>Firewall- und ACL-Abdeckung</translation>
    </message>
    <message>
        <source>Which provider ranges and trunk addresses UFW and FreeSWITCH&apos;s ACL let through, and by which rule. Read-only: the console never changes a firewall; it suggests the lines to run.</source>
        <translation>Welche Adressbereiche der Provider und welche Trunk-Adressen UFW und die ACL von FreeSWITCH durchlassen, und durch welche Regel. Nur lesend: Die Konsole ändert nie eine Firewall; sie schlägt die auszuführenden Zeilen vor.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>user.rules and user6.rules (choose both), saved `ufw status numbered` or `ufw show added` output, acl.conf.xml</source>
        <translation>user.rules und user6.rules (beide auswählen), gespeicherte Ausgabe von `ufw status numbered` oder `ufw show added`, acl.conf.xml</translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation>&amp;Einfügen…</translation>
    </message>
    <message>
        <source>&amp;Load from the platform</source>
        <translation>Von der Plattform &amp;laden</translation>
    </message>
    <message>
        <source>UFW rules from the Platform API, the ACL from FreeSWITCH over the Event Socket</source>
        <translation>UFW-Regeln von der Platform API, die ACL von FreeSWITCH über den Event Socket</translation>
    </message>
    <message>
        <source>Click a cell: the deciding rules, the gaps and the fix appear here.</source>
        <translation>Eine Zelle anklicken: Die entscheidenden Regeln, die Lücken und die Korrektur erscheinen hier.</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Ausgewählte Zelle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>“Suggest a fix” writes the ufw commands and ACL nodes that close the gaps here, to copy and run on the switch.</source>
        <translation>„Korrektur vorschlagen“ schreibt hier die ufw-Befehle und ACL-Nodes, die die Lücken schließen, zum Kopieren und Ausführen auf dem Switch.</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Vorgeschlagene Korrektur</translation>
    </message>
    <message>
        <source>Open a file, paste rules, or load them from the platform.</source>
        <translation>Eine Datei öffnen, Regeln einfügen oder sie von der Plattform laden.</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>es ist keine Textdatei</translation>
    </message>
    <message>
        <source>Open UFW rules or acl.conf.xml</source>
        <translation>UFW-Regeln oder acl.conf.xml öffnen</translation>
    </message>
    <message>
        <source>Firewall rules and ACLs (*.rules *.xml *.txt *.conf *.log);;All files (*)</source>
        <translation>Firewall-Regeln und ACLs (*.rules *.xml *.txt *.conf *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Loading the UFW rules from the Platform API and the ACL from FreeSWITCH…</source>
        <translation>UFW-Regeln werden von der Platform API und die ACL von FreeSWITCH geladen…</translation>
    </message>
    <message>
        <source>Loaded from the platform at %1.</source>
        <translation>Um %1 von der Plattform geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and were left out; the rest was analysed:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wurde ausgelassen; der Rest wurde analysiert:</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und wurden ausgelassen; der Rest wurde analysiert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s)</source>
        <translation>
            <numerusform>✖ %n Fehler</numerusform>
            <numerusform>✖ %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n warning(s)</source>
        <translation>
            <numerusform>▲ %n Warnung</numerusform>
            <numerusform>▲ %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ℹ %n note(s)</source>
        <translation>
            <numerusform>ℹ %n Hinweis</numerusform>
            <numerusform>ℹ %n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>The suggested fix is on the clipboard. Nothing was changed on the switch.</source>
        <translation>Die vorgeschlagene Korrektur liegt in der Zwischenablage. Auf dem Switch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Abdeckungsmatrix</translation>
    </message>
    <message>
        <source>Coverage findings</source>
        <translation>Befunde der Abdeckung</translation>
    </message>
</context>
<context>
    <name>xynap::ui::CoveragePasteDialog</name>
    <message>
        <source>Paste firewall rules or ACL</source>
        <translation>Firewall-Regeln oder ACL einfügen</translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation>Aus dem Text erkennen</translation>
    </message>
    <message>
        <source>UFW (user.rules, ufw status, ufw show added)</source>
        <translation>UFW (user.rules, ufw status, ufw show added)</translation>
    </message>
    <message>
        <source>FreeSWITCH ACL (acl.conf.xml)</source>
        <translation>FreeSWITCH-ACL (acl.conf.xml)</translation>
    </message>
    <message>
        <source>ufw allow from 92.197.176.0/24 to any port 5060 proto udp
…</source>
        <translation>ufw allow from 92.197.176.0/24 to any port 5060 proto udp
…</translation>
    </message>
    <message>
        <source>Paste what the switch printed. Nothing is sent anywhere and nothing is changed.</source>
        <translation>Einfügen, was der Switch ausgegeben hat. Nichts wird irgendwohin gesendet und nichts wird geändert.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>Pasted rules</source>
        <translation>Eingefügte Regeln</translation>
    </message>
</context>
<context>
    <name>xynap::ui::DeleteTrunkDialog</name>
    <message>
        <source>Delete trunk %1?</source>
        <translation>Trunk %1 löschen?</translation>
    </message>
    <message>
        <source>The trunk %1 has no numbers.</source>
        <translation>Der Trunk %1 hat keine Rufnummern.</translation>
    </message>
    <message>
        <source>These numbers lose their route when %1 is deleted:</source>
        <translation>Diese Rufnummern verlieren ihre Route, wenn %1 gelöscht wird:</translation>
    </message>
    <message>
        <source>Type the gateway name to confirm:</source>
        <translation>Zur Bestätigung den Gateway-Namen eingeben:</translation>
    </message>
    <message>
        <source>&amp;Delete trunk</source>
        <translation>Trunk &amp;löschen</translation>
    </message>
    <message>
        <source>Deleting the trunk does not stop its gateway: FreeSWITCH keeps %1 registered and routing calls until it is removed (Gateways page: the gateway then shows &quot;Not served by the Platform API&quot;; xynapctl lint: XY-NOT-SERVED with the killgw line).</source>
        <translation>Das Löschen des Trunks stoppt sein Gateway nicht: FreeSWITCH hält %1 registriert und leitet Anrufe, bis es entfernt wird (Seite Gateways: Das Gateway zeigt dann „Nicht von der Platform API geliefert“; xynapctl lint: XY-NOT-SERVED mit der killgw-Zeile).</translation>
    </message>
    <message>
        <source>Gateway name to confirm</source>
        <translation>Gateway-Name zur Bestätigung</translation>
    </message>
</context>
<context>
    <name>xynap::ui::GatewayTile</name>
    <message>
        <source>Last answer: %1</source>
        <translation>Letzte Antwort: %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>At least since %1</source>
        <translation>Mindestens seit %1</translation>
    </message>
    <message>
        <source>Last known: %1</source>
        <translation>Zuletzt bekannt: %1</translation>
    </message>
    <message>
        <source>ping %1</source>
        <translation>Ping %1</translation>
    </message>
</context>
<context>
    <name>xynap::ui::GatewaysPage</name>
    <message>
        <source>Re&amp;scan profile</source>
        <translation>Profil-Re&amp;scan</translation>
    </message>
    <message>
        <source>Restart profile…</source>
        <translation>Profil neu starten…</translation>
    </message>
    <message>
        <source>Filter gateways (name, node, state, diagnosis)</source>
        <translation>Gateways filtern (Name, Knoten, Zustand, Diagnose)</translation>
    </message>
    <message>
        <source>Remove the running gateway and load it again from the Platform API. Calls are kept.</source>
        <translation>Das laufende Gateway entfernen und erneut von der Platform API laden. Anrufe bleiben bestehen.</translation>
    </message>
    <message>
        <source>Load new gateways of this profile. A rescan never changes a gateway that is already running.</source>
        <translation>Neue Gateways dieses Profils laden. Ein rescan ändert nie ein bereits laufendes Gateway.</translation>
    </message>
    <message>
        <source>Restart the Sofia profile: every call on it is dropped.</source>
        <translation>Das Sofia-Profil neu starten: Jeder Anruf darauf wird abgebrochen.</translation>
    </message>
    <message>
        <source>reloadxml</source>
        <translation>reloadxml</translation>
    </message>
    <message>
        <source>reloadacl</source>
        <translation>reloadacl</translation>
    </message>
    <message>
        <source>Recent transitions</source>
        <translation>Letzte Zustandswechsel</translation>
    </message>
    <message>
        <source>Last raw event</source>
        <translation>Letztes Roh-Event</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>✖ %1: no data since %2 — %3</source>
        <translation>✖ %1: keine Daten seit %2 — %3</translation>
    </message>
    <message>
        <source>✔ %1: connected, last data %2</source>
        <translation>✔ %1: verbunden, letzte Daten %2</translation>
    </message>
    <message>
        <source>No FreeSWITCH node configured.</source>
        <translation>Kein FreeSWITCH-Knoten konfiguriert.</translation>
    </message>
    <message>
        <source>No gateway selected</source>
        <translation>Kein Gateway ausgewählt</translation>
    </message>
    <message>
        <source>No numbers known for this gateway.</source>
        <translation>Für dieses Gateway sind keine Rufnummern bekannt.</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>Rufnummern: %1</translation>
    </message>
    <message>
        <source>Restarting %1 on %2 drops every call on the profile. The number of calls could not be read.</source>
        <translation>Ein Neustart von %1 auf %2 bricht jeden Anruf auf dem Profil ab. Die Anzahl der Anrufe konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Restarting %1 on %2 drops %n call(s) in progress on this profile.</source>
        <translation>
            <numerusform>Ein Neustart von %1 auf %2 bricht %n laufenden Anruf auf diesem Profil ab.</numerusform>
            <numerusform>Ein Neustart von %1 auf %2 bricht %n laufende Anrufe auf diesem Profil ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart profile %1?</source>
        <translation>Profil %1 neu starten?</translation>
    </message>
    <message>
        <source>Restart and drop calls</source>
        <translation>Neu starten und Anrufe abbrechen</translation>
    </message>
    <message>
        <source>Not applied: no FreeSWITCH node is connected.</source>
        <translation>Nicht angewendet: Kein FreeSWITCH-Knoten ist verbunden.</translation>
    </message>
    <message>
        <source>Not applied: the FreeSWITCH node %1 is not connected.</source>
        <translation>Nicht angewendet: Der FreeSWITCH-Knoten %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>✖ %1: connected, but %2</source>
        <translation>✖ %1: verbunden, aber %2</translation>
    </message>
    <message>
        <source>A&amp;pply (killgw + rescan)</source>
        <translation>Ü&amp;bernehmen (killgw + rescan)</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Filter gateways</source>
        <translation>Gateways filtern</translation>
    </message>
    <message>
        <source>Edit the tr&amp;unk…</source>
        <translation>Trunk im &amp;Editor öffnen…</translation>
    </message>
    <message>
        <source>Open the trunk %1 in the editor (or double-click the gateway).</source>
        <translation>Den Trunk %1 im Editor öffnen (oder das Gateway doppelklicken).</translation>
    </message>
    <message>
        <source>The Platform API serves no trunk named %1: there is nothing to edit.</source>
        <translation>Die Platform API liefert keinen Trunk namens %1: Es gibt nichts zu bearbeiten.</translation>
    </message>
    <message>
        <source>✔ FreeSWITCH on %1 read its access lists again (reloadacl).</source>
        <translation>✔ FreeSWITCH auf %1 hat seine Zugriffslisten neu gelesen (reloadacl).</translation>
    </message>
    <message>
        <source>✔ FreeSWITCH on %1 read its XML configuration again (reloadxml). Gateways change only after a rescan.</source>
        <translation>✔ FreeSWITCH auf %1 hat seine XML-Konfiguration neu gelesen (reloadxml). Gateways ändern sich erst nach einem Rescan.</translation>
    </message>
    <message>
        <source>✖ reloadacl on %1 failed: %2</source>
        <translation>✖ reloadacl auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>✖ reloadxml on %1 failed: %2</source>
        <translation>✖ reloadxml auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Take &amp;out of service…</source>
        <translation>Außer Bet&amp;rieb nehmen…</translation>
    </message>
    <message>
        <source>Return t&amp;o service…</source>
        <translation>Wieder in Bet&amp;rieb nehmen…</translation>
    </message>
    <message>
        <source>killgw: FreeSWITCH stops registering and using %1; calls in progress are kept.</source>
        <translation>killgw: FreeSWITCH registriert und nutzt %1 nicht mehr; laufende Gespräche bleiben erhalten.</translation>
    </message>
    <message>
        <source>A rescan of %1: FreeSWITCH loads %2 again from the Platform API.</source>
        <translation>Ein Rescan von %1: FreeSWITCH lädt %2 erneut von der Platform API.</translation>
    </message>
    <message>
        <source>ping %1 ms</source>
        <translation>Ping %1 ms</translation>
    </message>
    <message>
        <source>Return %1 to service?</source>
        <translation>%1 wieder in Betrieb nehmen?</translation>
    </message>
    <message>
        <source>FreeSWITCH on %1 loads the gateway %2 again from the Platform API (a rescan of the profile %3) and starts registering or pinging with it.</source>
        <translation>FreeSWITCH auf %1 lädt das Gateway %2 erneut von der Platform API (ein Rescan des Profils %3) und beginnt wieder zu registrieren bzw. zu pingen.</translation>
    </message>
    <message>
        <source>Return to service</source>
        <translation>Wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>Take %1 out of service?</source>
        <translation>%1 außer Betrieb nehmen?</translation>
    </message>
    <message numerus="yes">
        <source>FreeSWITCH on %1 removes the gateway %2 (sofia profile %3 killgw %2): it stops registering, and no new call uses it. The %n call(s) in progress on it are kept. It stays out of service, shown as stopped by operator, until you return it.</source>
        <translation>
            <numerusform>FreeSWITCH auf %1 entfernt das Gateway %2 (sofia profile %3 killgw %2): Es registriert sich nicht mehr, und kein neuer Anruf nutzt es. Das %n laufende Gespräch darauf bleibt erhalten. Es bleibt außer Betrieb, angezeigt als vom Operator gestoppt, bis Sie es wieder in Betrieb nehmen.</numerusform>
            <numerusform>FreeSWITCH auf %1 entfernt das Gateway %2 (sofia profile %3 killgw %2): Es registriert sich nicht mehr, und kein neuer Anruf nutzt es. Die %n laufenden Gespräche darauf bleiben erhalten. Es bleibt außer Betrieb, angezeigt als vom Operator gestoppt, bis Sie es wieder in Betrieb nehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>✔ %1 on %2 is out of service (stopped by operator).</source>
        <translation>✔ %1 auf %2 ist außer Betrieb (vom Operator gestoppt).</translation>
    </message>
    <message>
        <source>✖ %1 on %2 could not be taken out of service: %3</source>
        <translation>✖ %1 auf %2 konnte nicht außer Betrieb genommen werden: %3</translation>
    </message>
</context>
<context>
    <name>xynap::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard map</source>
        <translation>&amp;Tastaturbelegung</translation>
    </message>
    <message>
        <source>&amp;Provider notes</source>
        <translation>&amp;Hinweise der Anbieter</translation>
    </message>
    <message>
        <source>&amp;About xynap console</source>
        <translation>Ü&amp;ber xynap console</translation>
    </message>
    <message>
        <source>Filter the list of the page (Trunks)</source>
        <translation>Die Liste der Seite filtern (Trunks)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the selected trunk in the editor</source>
        <translation>Den gewählten Trunk im Editor öffnen</translation>
    </message>
    <message>
        <source>Delete the selected trunk (asks first)</source>
        <translation>Den gewählten Trunk löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Editor: review and save</source>
        <translation>Editor: prüfen und speichern</translation>
    </message>
    <message>
        <source>Editor: undo / redo</source>
        <translation>Editor: rückgängig / wiederherstellen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog (the editor asks before discarding changes)</source>
        <translation>Einen Dialog schließen (der Editor fragt, bevor er Änderungen verwirft)</translation>
    </message>
    <message>
        <source>Reload the trunks</source>
        <translation>Trunks neu laden</translation>
    </message>
    <message>
        <source>Connect to another platform</source>
        <translation>Mit einer anderen Plattform verbinden</translation>
    </message>
    <message>
        <source>NOC dashboard</source>
        <translation>NOC-Dashboard</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>The page, button or field whose letter is underlined</source>
        <translation>Die Seite, die Schaltfläche oder das Feld mit diesem unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next / previous control; tables do not keep the Tab key</source>
        <translation>Nächstes / vorheriges Element; Tabellen halten die Tab-Taste nicht fest</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard map</source>
        <translation>Tastaturbelegung</translation>
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
        <source>Sofia profile</source>
        <translation>Sofia-Profil</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registriert sich</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (IP authentication)</source>
        <translation>nein (IP-Authentifizierung)</translation>
    </message>
    <message>
        <source>Provider notes</source>
        <translation>Hinweise der Anbieter</translation>
    </message>
    <message>
        <source>About xynap console</source>
        <translation>Über xynap console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;xynap console %1&lt;/h3&gt;&lt;p&gt;The administration console for the xynap telephony platform: the SIP trunks of Plusnet and 1&amp;amp;1 as the Platform API holds them, the gateways as FreeSWITCH runs them, and a sandbox to try everything.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;xynap console %1&lt;/h3&gt;&lt;p&gt;Die Administrationskonsole der xynap-Telefonieplattform: die SIP-Trunks von Plusnet und 1&amp;amp;1, wie die Platform API sie hält, die Gateways, wie FreeSWITCH sie betreibt, und eine Sandbox, um alles gefahrlos auszuprobieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
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
    <message>
        <source>&amp;Gateways</source>
        <translation>&amp;Gateways</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;NOC dashboard</source>
        <translation>&amp;NOC-Dashboard</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>Abdeck&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Connect to another platform…</source>
        <translation>Mit anderer Plattform &amp;verbinden…</translation>
    </message>
    <message>
        <source>⚠ PLAIN HTTP — the API token and every change travel unencrypted to %1 and can be read or altered on the way. The profile allows it; use https:// to end this.</source>
        <translation>⚠ UNVERSCHLÜSSELTES HTTP — Das API-Token und jede Änderung gehen unverschlüsselt an %1 und können unterwegs gelesen oder verändert werden. Das Profil erlaubt es; mit https:// endet das.</translation>
    </message>
    <message>
        <source>Could not start a console for %1: %2</source>
        <translation>Konsole für %1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>xynap::ui::NocDashboard</name>
    <message>
        <source>xynap NOC</source>
        <translation>xynap NOC</translation>
    </message>
    <message>
        <source>No gateways reported yet</source>
        <translation>Noch keine Gateways gemeldet</translation>
    </message>
    <message>
        <source>? %1 of %2 gateways without current data</source>
        <translation>? %1 von %2 Gateways ohne aktuelle Daten</translation>
    </message>
    <message>
        <source>✖ %1 of %2 gateways down</source>
        <translation>✖ %1 von %2 Gateways ausgefallen</translation>
    </message>
    <message>
        <source>▲ %1 of %2 gateways degraded</source>
        <translation>▲ %1 von %2 Gateways beeinträchtigt</translation>
    </message>
    <message numerus="yes">
        <source>✔ All %n gateway(s) healthy</source>
        <translation>
            <numerusform>✔ %n Gateway in Ordnung</numerusform>
            <numerusform>✔ Alle %n Gateways in Ordnung</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>✖ %1: no data since %2</source>
        <translation>✖ %1: keine Daten seit %2</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message numerus="yes">
        <source>? %n node(s) without a readable gateway list</source>
        <translation>
            <numerusform>? %n Knoten ohne lesbare Gateway-Liste</numerusform>
            <numerusform>? %n Knoten ohne lesbare Gateway-Liste</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ %1: gateway list unreadable</source>
        <translation>✖ %1: Gateway-Liste unlesbar</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n Min.)</numerusform>
            <numerusform>%1 (%n Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more not healthy: see the Gateways page</source>
        <translation>
            <numerusform>+ %n weiteres nicht in Ordnung: siehe Seite Gateways</numerusform>
            <numerusform>+ %n weitere nicht in Ordnung: siehe Seite Gateways</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1 healthy — %2</source>
        <translation>✔ %1 in Ordnung — %2</translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 healthy — %2 — on %n node(s)</source>
        <translation>
            <numerusform>✔ %1 in Ordnung — %2 — auf %n Knoten</numerusform>
            <numerusform>✔ %1 in Ordnung — %2 — auf %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone since %1</source>
        <translation>Weg seit %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>No data since %1</source>
        <translation>Keine Daten seit %1</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>%1 %2@%3: no data since %4</source>
        <translation>%1 %2@%3: keine Daten seit %4</translation>
    </message>
    <message>
        <source>✖ No contact with %1 since %2</source>
        <translation>✖ Kein Kontakt zu %1 seit %2</translation>
    </message>
    <message>
        <source>✖ No contact with %1 yet</source>
        <translation>✖ Noch kein Kontakt zu %1</translation>
    </message>
    <message numerus="yes">
        <source>✖ No contact with %n node(s): %1</source>
        <translation>
            <numerusform>✖ Kein Kontakt zu %n Knoten: %1</numerusform>
            <numerusform>✖ Kein Kontakt zu %n Knoten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s) unknown</source>
        <translation>
            <numerusform>%n Gateway unbekannt</numerusform>
            <numerusform>%n Gateways unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more down</source>
        <translation>
            <numerusform>%n weiteres ausgefallen</numerusform>
            <numerusform>%n weitere ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n gateway(s) healthy, not all shown: the window is too small</source>
        <translation>
            <numerusform>✔ %n Gateway in Ordnung, nicht alle angezeigt: das Fenster ist zu klein</numerusform>
            <numerusform>✔ %n Gateways in Ordnung, nicht alle angezeigt: das Fenster ist zu klein</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>xynap::ui::RangeBar</name>
    <message>
        <source>Range bar</source>
        <translation>Bereichsbalken</translation>
    </message>
    <message>
        <source>Select a cell of the matrix to see which part of its block is let through.</source>
        <translation>Eine Zelle der Matrix auswählen, um zu sehen, welcher Teil ihres Blocks durchgelassen wird.</translation>
    </message>
    <message>
        <source>%1 %2: %3% of the block%4</source>
        <translation>%1 %2: %3% des Blocks%4</translation>
    </message>
    <message>
        <source>Select a cell to see which part of its block is let through.</source>
        <translation>Eine Zelle auswählen, um zu sehen, welcher Teil ihres Blocks durchgelassen wird.</translation>
    </message>
    <message>
        <source>%1% let through</source>
        <translation>%1% durchgelassen</translation>
    </message>
</context>
<context>
    <name>xynap::ui::ReviewDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>Änderungen an %1 prüfen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Asking the Platform API for the gateway XML…</source>
        <translation>Gateway-XML wird von der Platform API abgefragt…</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will change:</source>
        <translation>
            <numerusform>%n Feld ändert sich:</numerusform>
            <numerusform>%n Felder ändern sich:</numerusform>
        </translation>
    </message>
    <message>
        <source>FreeSWITCH will receive this gateway (password masked). A saved trunk is applied with killgw + rescan.</source>
        <translation>FreeSWITCH erhält dieses Gateway (Passwort maskiert). Ein gespeicherter Trunk wird mit killgw + rescan übernommen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The checks found errors that will cause an outage:</source>
        <translation>Die Prüfungen haben Fehler gefunden, die zu einem Ausfall führen:</translation>
    </message>
    <message>
        <source>To save anyway, give a reason (it goes to the activity log)</source>
        <translation>Um trotzdem zu speichern, einen Grund angeben (er wird im Aktivitätsprotokoll vermerkt)</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Gateway XML</source>
        <translation>Gateway-XML</translation>
    </message>
    <message>
        <source>Reason for saving despite errors</source>
        <translation>Grund für das Speichern trotz Fehlern</translation>
    </message>
</context>
<context>
    <name>xynap::ui::StateChart</name>
    <message numerus="yes">
        <source>State changes, last %n hour(s)</source>
        <translation>
            <numerusform>Zustandswechsel, letzte Stunde</numerusform>
            <numerusform>Zustandswechsel, letzte %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>State changes, last %n minute(s)</source>
        <translation>
            <numerusform>Zustandswechsel, letzte Minute</numerusform>
            <numerusform>Zustandswechsel, letzte %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ healthy  ▲ degraded  ✖ down  ? unknown  ▨ no data</source>
        <translation>✔ gesund  ▲ beeinträchtigt  ✖ ausgefallen  ? unbekannt  ▨ keine Daten</translation>
    </message>
</context>
<context>
    <name>xynap::ui::TrunkEditor</name>
    <message>
        <source>Your changes are kept.</source>
        <translation>Die Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your changes are kept; save again when the Platform API is back.</source>
        <translation>Die Änderungen bleiben erhalten; erneut speichern, sobald die Platform API wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Register (REGISTER with username and password)</source>
        <translation>Registrieren (REGISTER mit Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>Caller ID in From header</source>
        <translation>Caller-ID im From-Header</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Number (E.164)</source>
        <translation>Rufnummer (E.164)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Rufnummer hinzufügen</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Rufnummer entfernen</translation>
    </message>
    <message>
        <source>host[:port], IPv6 in brackets</source>
        <translation>host[:port], IPv6 in eckigen Klammern</translation>
    </message>
    <message>
        <source>host[:port], IPv6 in brackets: [2001:db8::1]</source>
        <translation>host[:port], IPv6 in eckigen Klammern: [2001:db8::1]</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Review and save…</source>
        <translation>&amp;Prüfen und speichern…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>stored — type to set a new password</source>
        <translation>gespeichert — Eingabe setzt ein neues Passwort</translation>
    </message>
    <message>
        <source>no password stored</source>
        <translation>kein Passwort gespeichert</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>will be replaced</source>
        <translation>wird ersetzt</translation>
    </message>
    <message>
        <source>✔ No problems found.</source>
        <translation>✔ Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>new trunk</source>
        <translation>neuer Trunk</translation>
    </message>
    <message>
        <source>New trunk %1</source>
        <translation>Neuer Trunk %1</translation>
    </message>
    <message>
        <source>Trunk %1</source>
        <translation>Trunk %1</translation>
    </message>
    <message>
        <source>Saved %1 despite errors: %2</source>
        <translation>%1 trotz Fehlern gespeichert: %2</translation>
    </message>
    <message>
        <source>✖ Someone else saved this trunk in the meantime. Choose per field what to keep; nothing is lost.</source>
        <translation>✖ Jemand anderes hat diesen Trunk inzwischen gespeichert. Pro Feld auswählen, was erhalten bleibt; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Merged with their version. Review and save again.</source>
        <translation>Mit der fremden Version zusammengeführt. Erneut prüfen und speichern.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The trunk %1 has unsaved changes. Close and discard them?</source>
        <translation>Der Trunk %1 hat ungespeicherte Änderungen. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), each shown under its field above.</source>
        <translation>
            <numerusform>%n Befund, unter seinem Feld oben angezeigt.</numerusform>
            <numerusform>%n Befunde, jeder unter seinem Feld oben angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Saved. FreeSWITCH keeps running the old gateway until it is applied: Apply to FreeSWITCH on the Trunks page, with %1 selected.</source>
        <translation>✔ Gespeichert. FreeSWITCH führt das alte Gateway aus, bis es angewendet wird: „Auf FreeSWITCH anwenden“ auf der Seite Trunks, mit %1 ausgewählt.</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>Nothing changed: there is nothing to review or save.</source>
        <translation>Nichts geändert: Es gibt nichts zu prüfen oder zu speichern.</translation>
    </message>
</context>
<context>
    <name>xynap::ui::TrunksPage</name>
    <message>
        <source>Filter trunks (name, provider, proxy, number)</source>
        <translation>Trunks filtern (Name, Provider, Proxy, Rufnummer)</translation>
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
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>Read only: your token (%1) lacks the permission trunks:write. You can look, but not save.</source>
        <translation>Schreibgeschützt: Ihrem Token (%1) fehlt die Berechtigung trunks:write. Ansehen ist möglich, Speichern nicht.</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not deleted: someone changed the trunk in the meantime. Reload and check.</source>
        <translation>Nicht gelöscht: Jemand hat den Trunk inzwischen geändert. Neu laden und prüfen.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>✖ Error</source>
        <translation>✖ Fehler</translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation>▲ Warnung</translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation>ℹ Hinweis</translation>
    </message>
    <message>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation>ACL %1</translation>
    </message>
    <message>
        <source>Firewall %1</source>
        <translation>Firewall %1</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Firewall, ACL</source>
        <translation>Firewall, ACL</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>No problems found in the trunks, the firewall or the ACL.</source>
        <translation>Keine Probleme in den Trunks, der Firewall oder der ACL gefunden.</translation>
    </message>
    <message>
        <source>No problems found in the trunks.</source>
        <translation>Keine Probleme in den Trunks gefunden.</translation>
    </message>
    <message>
        <source>For a trunk saved but not applied: killgw + rescan on every connected node; for one FreeSWITCH does not run: a rescan of its profile. Calls in progress are kept.</source>
        <translation>Für einen gespeicherten, aber nicht angewendeten Trunk: killgw + rescan auf jedem verbundenen Knoten; für einen, den FreeSWITCH gar nicht ausführt: ein rescan seines Profils. Laufende Gespräche bleiben erhalten.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>Not checked: the trunks could not be loaded.</source>
        <translation>Nicht geprüft: Die Trunks konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Appl&amp;y to FreeSWITCH</source>
        <translation>Auf FreeSWITCH an&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Filter trunks</source>
        <translation>Trunks filtern</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read only: your token (%1) lacks the permission trunks:write.</source>
        <translation>Nur lesen: Ihrem Token (%1) fehlt die Berechtigung trunks:write.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>There is no trunk named %1.</source>
        <translation>Es gibt keinen Trunk namens %1.</translation>
    </message>
    <message>
        <source>New %1 trunk</source>
        <translation>Neuer %1-Trunk</translation>
    </message>
    <message numerus="yes">
        <source>Could not load the trunks: %1 — retrying in %n s</source>
        <translation>
            <numerusform>Die Trunks konnten nicht geladen werden: %1 — neuer Versuch in %n s</numerusform>
            <numerusform>Die Trunks konnten nicht geladen werden: %1 — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a trunk saved but not applied (XY-NOT-APPLIED) or not running (XY-NOT-RUNNING), or its finding, to apply it to FreeSWITCH.</source>
        <translation>Einen gespeicherten, aber nicht angewendeten (XY-NOT-APPLIED) oder nicht laufenden (XY-NOT-RUNNING) Trunk oder seinen Befund auswählen, um ihn auf FreeSWITCH anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n trunk(s) from the Platform API shown, filtered by “%2”</source>
        <translation>
            <numerusform>%1 von %n Trunk von der Platform API angezeigt, gefiltert nach „%2“</numerusform>
            <numerusform>%1 von %n Trunks von der Platform API angezeigt, gefiltert nach „%2“</numerusform>
        </translation>
    </message>
</context>
</TS>
