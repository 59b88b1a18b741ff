<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AlertEngine</name>
    <message>
        <source>%1 failed sign-ins for account %2 within %3 s</source>
        <translation>%1 fehlgeschlagene Anmeldungen für Konto %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <source>%1 data exports by %2 within %3 s</source>
        <translation>%1 Datenexporte durch %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <source>Access to suspended tenant %1 refused</source>
        <translation>Zugriff auf gesperrten Mandanten %1 abgelehnt</translation>
    </message>
    <message>
        <source>The audit log failed verification</source>
        <translation>Das Audit-Protokoll hat die Verifizierung nicht bestanden</translation>
    </message>
    <message>
        <source>Repeated failed sign-ins</source>
        <translation>Wiederholt fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Burst of data exports</source>
        <translation>Häufung von Datenexporten</translation>
    </message>
    <message>
        <source>Access to a suspended tenant</source>
        <translation>Zugriff auf einen gesperrten Mandanten</translation>
    </message>
    <message>
        <source>Audit verification failure</source>
        <translation>Audit-Verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” is not an alert rule. Choose one of: %2.</source>
        <translation>„%1“ ist keine Alarmregel. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The threshold must be between 1 and %1.</source>
        <translation>Der Schwellenwert muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The window must be between 1 second and 30 days (%1 seconds).</source>
        <translation>Das Zeitfenster muss zwischen 1 Sekunde und 30 Tagen (%1 Sekunden) liegen.</translation>
    </message>
    <message>
        <source>Say how the alert was resolved.</source>
        <translation>Geben Sie an, wie der Alarm behoben wurde.</translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation>Es gibt keinen Alarm %1.</translation>
    </message>
    <message>
        <source>Alert %1 is already resolved.</source>
        <translation>Alarm %1 ist bereits behoben.</translation>
    </message>
    <message>
        <source>Audit verification failed: %1 at event #%2</source>
        <translation>Audit-Verifizierung fehlgeschlagen: %1 bei Ereignis #%2</translation>
    </message>
    <message>
        <source>Audit verification failed: %1</source>
        <translation>Audit-Verifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Audit verification failed: %1 at the checkpoint over %2 events</source>
        <translation>Audit-Verifizierung fehlgeschlagen: %1 beim Checkpoint über %2 Ereignisse</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Sign-in failed: the user name or password is not correct, or the account is deactivated.</source>
        <translation>Anmeldung fehlgeschlagen: Der Benutzername oder das Passwort ist falsch, oder das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter.</source>
        <translation>Ein Benutzername hat 3 bis 32 Zeichen: Buchstaben a-z, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, und beginnt mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message numerus="yes">
        <source>A display name has at most %n characters.</source>
        <translation>
            <numerusform>Ein Anzeigename darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Ein Anzeigename darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Ein Passwort muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Ein Passwort muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password has at most %n characters.</source>
        <translation>
            <numerusform>Ein Passwort darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Ein Passwort darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No operator with id %1 exists.</source>
        <translation>Es gibt keinen Bediener mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator. Make another operator an administrator first.</source>
        <translation>%1 ist der letzte aktive Administrator. Machen Sie zuerst einen anderen Bediener zum Administrator.</translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; is already taken.</source>
        <translation>Der Benutzername &apos;%1&apos; ist bereits vergeben.</translation>
    </message>
    <message>
        <source>This store already has operators. Ask an administrator to add your account.</source>
        <translation>Dieser Datenspeicher hat bereits Bediener. Bitten Sie einen Administrator, Ihr Konto hinzuzufügen.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your password was changed meanwhile. Sign in again and retry.</source>
        <translation>Ihr Passwort wurde inzwischen geändert. Melden Sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Write a new store filled with demo data.</source>
        <translation>Einen neuen Datenspeicher mit Demodaten schreiben.</translation>
    </message>
    <message>
        <source>Create the first administrator of a new store.</source>
        <translation>Den ersten Administrator eines neuen Datenspeichers anlegen.</translation>
    </message>
    <message>
        <source>List, show, provision and change tenants.</source>
        <translation>Mandanten auflisten, anzeigen, anlegen und ändern.</translation>
    </message>
    <message>
        <source>Manage a tenant&apos;s end users.</source>
        <translation>Die Endbenutzer eines Mandanten verwalten.</translation>
    </message>
    <message>
        <source>Manage tenants&apos; API keys; check a key.</source>
        <translation>API-Schlüssel von Mandanten verwalten; einen Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>Manage the console&apos;s operators.</source>
        <translation>Die Bediener der Konsole verwalten.</translation>
    </message>
    <message>
        <source>Show facts about the store file; check its integrity.</source>
        <translation>Angaben zur Datenspeicherdatei anzeigen; ihre Integrität prüfen.</translation>
    </message>
    <message>
        <source>Usage: geoconsole [--store PATH] [--user NAME] [--lang CODE]
       geoconsole &lt;command&gt; [&lt;action&gt;] [options]

GeoClimate Console: administration of the tenants of the air-quality prediction platform.
Without a command it opens the console window; with one it works in the terminal.

Commands:
</source>
        <translation>Aufruf: geoconsole [--store PFAD] [--user NAME] [--lang CODE]
        geoconsole &lt;Befehl&gt; [&lt;Aktion&gt;] [Optionen]

GeoClimate Console: Verwaltung der Mandanten der Plattform für Luftqualitätsvorhersagen.
Ohne Befehl öffnet sie das Konsolenfenster; mit einem Befehl arbeitet sie im Terminal.

Befehle:
</translation>
    </message>
    <message>
        <source>Options (accepted by every command):
  --store PATH   the store file (default: %1)
  --json         print machine-readable JSON on stdout (times in ISO 8601, UTC)
  --user NAME    operator to sign in as
  --lang CODE    language of messages, e.g. de
  -h, --help     show help (also after a command)
  --version      show the version

Environment:
  GEOCONSOLE_USER          operator to sign in as when --user is not given
  GEOCONSOLE_PASSWORD      password for signing in; otherwise it is asked for on the
                           terminal. It is never accepted as an argument.
  GEOCONSOLE_NEW_PASSWORD  password for init, operators add and operators reset-password

demo, init and store need no sign-in; every other command signs in first.
Run &apos;geoconsole &lt;command&gt; --help&apos; for a command&apos;s actions and options.
</source>
        <translation>Optionen (von jedem Befehl akzeptiert):
  --store PFAD   die Datenspeicherdatei (Standard: %1)
  --json         maschinenlesbares JSON auf stdout ausgeben (Zeiten in ISO 8601, UTC)
  --user NAME    Bediener, als der Sie sich anmelden
  --lang CODE    Sprache der Meldungen, z. B. de
  -h, --help     Hilfe anzeigen (auch nach einem Befehl)
  --version      Version anzeigen

Umgebung:
  GEOCONSOLE_USER          Bediener für die Anmeldung, wenn --user nicht angegeben ist
  GEOCONSOLE_PASSWORD      Passwort für die Anmeldung; sonst wird es im Terminal
                           abgefragt. Es wird nie als Argument akzeptiert.
  GEOCONSOLE_NEW_PASSWORD  Passwort für init, operators add und operators reset-password

demo, init und store benötigen keine Anmeldung; alle anderen Befehle melden sich zuerst an.
Mit &apos;geoconsole &lt;Befehl&gt; --help&apos; erhalten Sie die Aktionen und Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>(see &apos;geoconsole --help&apos;)</source>
        <translation>(siehe &apos;geoconsole --help&apos;)</translation>
    </message>
    <message>
        <source>--bench-startup takes no command</source>
        <translation>--bench-startup nimmt keinen Befehl an</translation>
    </message>
    <message>
        <source>demo writes the store named by --out, not --store</source>
        <translation>demo schreibt den mit --out angegebenen Datenspeicher, nicht --store</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command (see &apos;geoconsole --help&apos;)</source>
        <translation>&apos;%1&apos; ist kein Befehl (siehe &apos;geoconsole --help&apos;)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Open the window, print startup_ms=&lt;milliseconds&gt; and quit.</source>
        <translation>Das Fenster öffnen, startup_ms=&lt;Millisekunden&gt; ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Exit codes:
  0    success
  1    refused by a rule of the console, or bad input
  2    usage error: unknown command or option, missing argument
  3    the store cannot be used: not a store, newer version, damaged, locked, read-only
  4    authentication failed or permission denied
  130  cancelled with Ctrl+C; nothing was changed
</source>
        <translation>Exit-Codes:
  0    Erfolg
  1    von einer Regel der Konsole abgelehnt, oder ungültige Eingabe
  2    Aufruffehler: unbekannter Befehl oder unbekannte Option, fehlendes Argument
  3    der Datenspeicher ist nicht nutzbar: kein Datenspeicher, neuere Version, beschädigt, gesperrt, schreibgeschützt
  4    Authentifizierung fehlgeschlagen oder Berechtigung verweigert
  130  mit Strg+C abgebrochen; nichts wurde geändert
</translation>
    </message>
    <message>
        <source>(see &apos;geoconsole %1 --help&apos;)</source>
        <translation>(siehe &apos;geoconsole %1 --help&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments (see &apos;geoconsole %1 --help&apos;)</source>
        <translation>&apos;%1&apos; benötigt weitere Argumente (siehe &apos;geoconsole %1 --help&apos;)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos; für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 benötigt eine ganze Zahl von %2 bis %3, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --%2 (see &apos;geoconsole %1 --help&apos;)</source>
        <translation>&apos;%1&apos; benötigt --%2 (siehe &apos;geoconsole %1 --help&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id (a positive whole number)</source>
        <translation>&apos;%1&apos; ist keine Datensatz-ID (eine positive ganze Zahl)</translation>
    </message>
    <message>
        <source>Usage: geoconsole %1 &lt;action&gt; [options]</source>
        <translation>Aufruf: geoconsole %1 &lt;Aktion&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>Run &apos;geoconsole %1 &lt;action&gt; --help&apos; for the options of one action.</source>
        <translation>Mit &apos;geoconsole %1 &lt;Aktion&gt; --help&apos; erhalten Sie die Optionen einer Aktion.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an action (see &apos;geoconsole %1 --help&apos;)</source>
        <translation>&apos;%1&apos; benötigt eine Aktion (siehe &apos;geoconsole %1 --help&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of &apos;%2&apos; (see &apos;geoconsole %2 --help&apos;)</source>
        <translation>&apos;%1&apos; ist keine Aktion von &apos;%2&apos; (siehe &apos;geoconsole %2 --help&apos;)</translation>
    </message>
    <message>
        <source>Store file to use (default: %1).</source>
        <translation>Zu verwendende Datenspeicherdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on stdout.</source>
        <translation>Maschinenlesbares JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Operator to sign in as (default: $GEOCONSOLE_USER).</source>
        <translation>Bediener, als der Sie sich anmelden (Standard: $GEOCONSOLE_USER).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Language of messages, e.g. &quot;de&quot; (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen, z. B. &quot;de&quot; (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <source>no operator to sign in as: use --user NAME or set GEOCONSOLE_USER</source>
        <translation>kein Bediener für die Anmeldung: verwenden Sie --user NAME oder setzen Sie GEOCONSOLE_USER</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no password: set GEOCONSOLE_PASSWORD or run on a terminal to be asked</source>
        <translation>kein Passwort: setzen Sie GEOCONSOLE_PASSWORD oder starten Sie im Terminal, um danach gefragt zu werden</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>no new password: set GEOCONSOLE_NEW_PASSWORD or run on a terminal to be asked</source>
        <translation>kein neues Passwort: setzen Sie GEOCONSOLE_NEW_PASSWORD oder starten Sie im Terminal, um danach gefragt zu werden</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>die beiden Passwörter stimmen nicht überein; nichts wurde geändert</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Search, prove and verify the audit trail; alerts and reports.</source>
        <translation>Den Prüfpfad durchsuchen, Nachweise erstellen und verifizieren; Alarme und Berichte.</translation>
    </message>
    <message>
        <source>Export data to CSV, JSON, XLSX, Parquet, XML or YAML.</source>
        <translation>Daten als CSV, JSON, XLSX, Parquet, XML oder YAML exportieren.</translation>
    </message>
</context>
<context>
    <name>CliAudit</name>
    <message>
        <source>Browse, search, prove and verify the tamper-evident audit trail; alerts and compliance reports.</source>
        <translation>Den manipulationssicheren Prüfpfad ansehen, durchsuchen, Nachweise erstellen und verifizieren; Alarme und Compliance-Berichte.</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not known; accepted: %3</source>
        <translation>--%1: &apos;%2&apos; ist unbekannt; zulässig: %3</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time in UTC, e.g. 2026-11-27 or 2026-11-27T08:15:00Z, not &apos;%2&apos;</source>
        <translation>--%1 benötigt ein Datum oder eine Zeit nach ISO 8601 in UTC, z. B. 2026-11-27 oder 2026-11-27T08:15:00Z, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--since needs a positive duration with a unit s, m, h, d or w (e.g. 30m, 24h, 7d), not &apos;%1&apos;</source>
        <translation>--since benötigt eine positive Dauer mit einer Einheit s, m, h, d oder w (z. B. 30m, 24h, 7d), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Events at or after this time (ISO 8601, UTC unless a zone is given).</source>
        <translation>Ereignisse ab diesem Zeitpunkt (ISO 8601; UTC, sofern keine Zeitzone angegeben ist).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Events before this time (ISO 8601).</source>
        <translation>Ereignisse vor diesem Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>Events of the last DURATION: a number and s, m, h, d or w (24h, 7d).</source>
        <translation>Ereignisse der letzten DAUER: eine Zahl und s, m, h, d oder w (24h, 7d).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>Only this tenant&apos;s events (slug, or #ID for a purged tenant); &quot;platform&quot; for events of no tenant.</source>
        <translation>Nur Ereignisse dieses Mandanten (Kürzel oder #ID für einen endgültig gelöschten Mandanten); &quot;platform&quot; für Ereignisse ohne Mandanten.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>Only events of this pseudonymous actor id (e.g. op-3f9a02c1…).</source>
        <translation>Nur Ereignisse dieser pseudonymen Akteur-ID (z. B. op-3f9a02c1…).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Event type (repeatable, or comma-separated), e.g. login_failed.</source>
        <translation>Ereignistyp (wiederholbar oder kommagetrennt), z. B. login_failed.</translation>
    </message>
    <message>
        <source>Category (repeatable): operator, data_access, api, tenant, security, gdpr, system.</source>
        <translation>Kategorie (wiederholbar): operator, data_access, api, tenant, security, gdpr, system.</translation>
    </message>
    <message>
        <source>Severity (repeatable): info, notice, warning, critical.</source>
        <translation>Schweregrad (wiederholbar): info, notice, warning, critical.</translation>
    </message>
    <message>
        <source>Outcome (repeatable): success, failure, denied.</source>
        <translation>Ergebnis (wiederholbar): success, failure, denied.</translation>
    </message>
    <message>
        <source>Exact resource (tenant/42), or every resource under a prefix ending in / (api_key/).</source>
        <translation>Genaue Ressource (tenant/42) oder alle Ressourcen unter einem Präfix, das auf / endet (api_key/).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Words the event&apos;s details or resource contain (&quot;phrases&quot; and prefix* work).</source>
        <translation>Wörter, die in den Details oder der Ressource des Ereignisses vorkommen (&quot;Phrasen&quot; und Präfix* funktionieren).</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>WÖRTER</translation>
    </message>
    <message>
        <source>Output: table, json or ndjson (one JSON object per line; --json = json).</source>
        <translation>Ausgabe: table, json oder ndjson (ein JSON-Objekt pro Zeile; --json = json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Add each event&apos;s leaf and chain hash to JSON output.</source>
        <translation>Blatt-Hash und Ketten-Hash jedes Ereignisses in die JSON-Ausgabe aufnehmen.</translation>
    </message>
    <message>
        <source>--since and --from both set the start; give one of them</source>
        <translation>--since und --from legen beide den Beginn fest; geben Sie nur eine der beiden Optionen an</translation>
    </message>
    <message>
        <source>the time range is empty: the start is not before --to</source>
        <translation>der Zeitraum ist leer: der Beginn liegt nicht vor --to</translation>
    </message>
    <message>
        <source>--tenant needs a slug, #ID or &quot;platform&quot;</source>
        <translation>--tenant benötigt ein Kürzel, #ID oder &quot;platform&quot;</translation>
    </message>
    <message>
        <source>--tenant &apos;%1&apos; is not a tenant id (#ID, a positive whole number)</source>
        <translation>--tenant &apos;%1&apos; ist keine Mandanten-ID (#ID, eine positive ganze Zahl)</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not known; accepted: table, json, ndjson</source>
        <translation>--format: &apos;%1&apos; ist unbekannt; zulässig: table, json, ndjson</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence number (a positive whole number)</source>
        <translation>&apos;%1&apos; ist keine Sequenznummer (eine positive ganze Zahl)</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>At most N events (default 50; 0 = all, paged through by key).</source>
        <translation>Höchstens N Ereignisse (Standard 50; 0 = alle, seitenweise nach Schlüssel gelesen).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only events with a sequence number below SEQ (the next page of a newest-first listing).</source>
        <translation>Nur Ereignisse mit einer Sequenznummer unter SEQ (die nächste Seite einer Auflistung mit den neuesten zuerst).</translation>
    </message>
    <message>
        <source>Only events with a sequence number above SEQ.</source>
        <translation>Nur Ereignisse mit einer Sequenznummer über SEQ.</translation>
    </message>
    <message>
        <source>List the oldest events first (default: newest first).</source>
        <translation>Die ältesten Ereignisse zuerst auflisten (Standard: die neuesten zuerst).</translation>
    </message>
    <message>
        <source>Examples:
  geoconsole audit query --since 24h --type login_failed
  geoconsole audit query --tenant lisbon-utilities --category data_access --limit 20
  geoconsole audit query --limit 50 --before 120345         (the next older page)
  geoconsole audit query --limit 0 --format ndjson &gt; audit.ndjson
Event types: %1</source>
        <translation>Beispiele:
  geoconsole audit query --since 24h --type login_failed
  geoconsole audit query --tenant lisbon-utilities --category data_access --limit 20
  geoconsole audit query --limit 50 --before 120345         (die nächste, ältere Seite)
  geoconsole audit query --limit 0 --format ndjson &gt; audit.ndjson
Ereignistypen: %1</translation>
    </message>
    <message>
        <source>No audit events match.</source>
        <translation>Keine passenden Audit-Ereignisse.</translation>
    </message>
    <message>
        <source>More events follow: add --after %1 for the next page.</source>
        <translation>Weitere Ereignisse folgen: Fügen Sie für die nächste Seite --after %1 hinzu.</translation>
    </message>
    <message>
        <source>More events follow: add --before %1 for the next page.</source>
        <translation>Weitere Ereignisse folgen: Fügen Sie für die nächste Seite --before %1 hinzu.</translation>
    </message>
    <message>
        <source>Show the last N matching events (default 10).</source>
        <translation>Die letzten N passenden Ereignisse anzeigen (Standard 10).</translation>
    </message>
    <message>
        <source>Keep running and print new events as they are logged (checked every %1 ms) until Ctrl+C or SIGTERM, which end it with exit code 0. JSON output is then one object per line.</source>
        <translation>Weiterlaufen und neue Ereignisse ausgeben, sobald sie protokolliert werden (Prüfung alle %1 ms), bis Strg+C oder SIGTERM den Vorgang mit Exit-Code 0 beendet. Die JSON-Ausgabe ist dann ein Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>The event&apos;s sequence number.</source>
        <translation>Die Sequenznummer des Ereignisses.</translation>
    </message>
    <message>
        <source>Also print the inclusion proof (base64) and its hashes.</source>
        <translation>Zusätzlich den Inklusionsnachweis (Base64) und seine Hashes ausgeben.</translation>
    </message>
    <message>
        <source>there is no audit event %1 (the log has %2)</source>
        <translation>es gibt kein Audit-Ereignis %1 (das Protokoll hat %2)</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenznummer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>Name des Akteurs</translation>
    </message>
    <message>
        <source>Actor e-mail</source>
        <translation>E-Mail des Akteurs</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Personenbezogene Details</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>hidden (your role may not see personal data)</source>
        <translation>verborgen (Ihre Rolle darf keine personenbezogenen Daten sehen)</translation>
    </message>
    <message>
        <source>Personal commitment</source>
        <translation>Commitment der personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Leaf hash</source>
        <translation>Blatt-Hash</translation>
    </message>
    <message>
        <source>Chain hash</source>
        <translation>Ketten-Hash</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inklusion</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Proof hash %1</source>
        <translation>Nachweis-Hash %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1; keep it to check later that the log was not rewritten (&apos;geoconsole audit verify --checkpoint %1&apos;).</source>
        <translation>In %1 gespeichert; bewahren Sie die Datei auf, um später prüfen zu können, dass das Protokoll nicht umgeschrieben wurde (&apos;geoconsole audit verify --checkpoint %1&apos;).</translation>
    </message>
    <message>
        <source>Also save the checkpoint text to FILE.</source>
        <translation>Den Checkpoint-Text zusätzlich in DATEI speichern.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Signs a checkpoint over the whole log now (if events followed the last one) and prints its text:
  geoconsole-audit-checkpoint v1
  &lt;size&gt;
  &lt;root hash, base64&gt;
  &lt;unix time&gt;
  &lt;key id&gt;

  sig &lt;Ed25519 signature, base64&gt;</source>
        <translation>Signiert jetzt einen Checkpoint über das gesamte Protokoll (falls seit dem letzten Checkpoint Ereignisse hinzugekommen sind) und gibt seinen Text aus:
  geoconsole-audit-checkpoint v1
  &lt;Größe&gt;
  &lt;Wurzel-Hash, Base64&gt;
  &lt;Unix-Zeit&gt;
  &lt;Schlüssel-ID&gt;

  sig &lt;Ed25519-Signatur, Base64&gt;</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>Checkpoint over %1 events signed with key %2.</source>
        <translation>Checkpoint über %1 Ereignisse mit Schlüssel %2 signiert.</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>SIGNED (UTC)</source>
        <translation>SIGNIERT (UTC)</translation>
    </message>
    <message>
        <source>KEY ID</source>
        <translation>SCHLÜSSEL-ID</translation>
    </message>
    <message>
        <source>ROOT HASH</source>
        <translation>WURZEL-HASH</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>SIGNATUR</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>No checkpoints have been signed yet.</source>
        <translation>Es wurden noch keine Checkpoints signiert.</translation>
    </message>
    <message>
        <source>Makes a new signing key, keeps the old public key (old checkpoints keep verifying) and the old key file as &lt;key file&gt;.&lt;old key id&gt;.retired, and signs a checkpoint with the new key. Hand the new public key (&apos;audit public-key&apos;) to your auditors.</source>
        <translation>Erzeugt einen neuen Signaturschlüssel, behält den alten öffentlichen Schlüssel (alte Checkpoints bleiben verifizierbar) und die alte Schlüsseldatei als &lt;Schlüsseldatei&gt;.&lt;alte Schlüssel-ID&gt;.retired und signiert einen Checkpoint mit dem neuen Schlüssel. Geben Sie den neuen öffentlichen Schlüssel (&apos;audit public-key&apos;) an Ihre Prüfer weiter.</translation>
    </message>
    <message>
        <source>Signing key rotated; the new key %1 signed a checkpoint over %2 events.</source>
        <translation>Signaturschlüssel rotiert; der neue Schlüssel %1 hat einen Checkpoint über %2 Ereignisse signiert.</translation>
    </message>
    <message>
        <source>Prints every public key the log has signed with (PEM, current and retired), to hand to an auditor, e.g.  geoconsole audit public-key &gt; audit-keys.pem</source>
        <translation>Gibt jeden öffentlichen Schlüssel aus, mit dem das Protokoll signiert hat (PEM, aktuelle und ausgemusterte), zur Weitergabe an einen Prüfer, z. B.  geoconsole audit public-key &gt; audit-keys.pem</translation>
    </message>
    <message>
        <source>the log has no signing key yet: sign a checkpoint first (&apos;geoconsole audit checkpoint&apos;)</source>
        <translation>das Protokoll hat noch keinen Signaturschlüssel: signieren Sie zuerst einen Checkpoint (&apos;geoconsole audit checkpoint&apos;)</translation>
    </message>
    <message>
        <source>Tree size to prove against (default: the latest checkpoint&apos;s, or the whole log if that does not contain the event).</source>
        <translation>Baumgröße, gegen die nachgewiesen wird (Standard: die des neuesten Checkpoints oder das gesamte Protokoll, falls dieser das Ereignis nicht enthält).</translation>
    </message>
    <message>
        <source>--size %1 is larger than the log (%2 events)</source>
        <translation>--size %1 ist größer als das Protokoll (%2 Ereignisse)</translation>
    </message>
    <message>
        <source>event %1 is not in a tree of %2 events</source>
        <translation>Ereignis %1 liegt nicht in einem Baum mit %2 Ereignissen</translation>
    </message>
    <message>
        <source>there is no audit event %1</source>
        <translation>es gibt kein Audit-Ereignis %1</translation>
    </message>
    <message>
        <source>Leaf index</source>
        <translation>Blattindex</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>Baumgröße</translation>
    </message>
    <message>
        <source>Hash %1</source>
        <translation>Hash %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>The smaller tree size (e.g. an older checkpoint&apos;s).</source>
        <translation>Die kleinere Baumgröße (z. B. die eines älteren Checkpoints).</translation>
    </message>
    <message>
        <source>The larger tree size.</source>
        <translation>Die größere Baumgröße.</translation>
    </message>
    <message>
        <source>A (%1) must not be larger than B (%2)</source>
        <translation>A (%1) darf nicht größer als B (%2) sein</translation>
    </message>
    <message>
        <source>B (%1) is larger than the log (%2 events)</source>
        <translation>B (%1) ist größer als das Protokoll (%2 Ereignisse)</translation>
    </message>
    <message>
        <source>First size</source>
        <translation>Erste Größe</translation>
    </message>
    <message>
        <source>First root hash</source>
        <translation>Erster Wurzel-Hash</translation>
    </message>
    <message>
        <source>Second size</source>
        <translation>Zweite Größe</translation>
    </message>
    <message>
        <source>Second root hash</source>
        <translation>Zweiter Wurzel-Hash</translation>
    </message>
    <message>
        <source>Search the audit trail by time, tenant, actor, type, text…</source>
        <translation>Prüfpfad durchsuchen nach Zeit, Mandant, Akteur, Typ, Text…</translation>
    </message>
    <message>
        <source>Show the latest events; --follow keeps printing new ones.</source>
        <translation>Die neuesten Ereignisse anzeigen; --follow gibt laufend neue aus.</translation>
    </message>
    <message>
        <source>Show one event with its hashes and inclusion proof.</source>
        <translation>Ein Ereignis mit seinen Hashes und seinem Inklusionsnachweis anzeigen.</translation>
    </message>
    <message>
        <source>Sign a checkpoint now and print it.</source>
        <translation>Jetzt einen Checkpoint signieren und ausgeben.</translation>
    </message>
    <message>
        <source>List the signed checkpoints.</source>
        <translation>Die signierten Checkpoints auflisten.</translation>
    </message>
    <message>
        <source>Replace the checkpoint signing key.</source>
        <translation>Den Signaturschlüssel für Checkpoints ersetzen.</translation>
    </message>
    <message>
        <source>Print an event&apos;s inclusion proof.</source>
        <translation>Den Inklusionsnachweis eines Ereignisses ausgeben.</translation>
    </message>
    <message>
        <source>Print the consistency proof between two tree sizes.</source>
        <translation>Den Konsistenznachweis zwischen zwei Baumgrößen ausgeben.</translation>
    </message>
    <message>
        <source>Print the public keys of the log (PEM) for auditors.</source>
        <translation>Die öffentlichen Schlüssel des Protokolls (PEM) für Prüfer ausgeben.</translation>
    </message>
    <message>
        <source>Write a SOC 2, GDPR or ISO 27001 compliance report (HTML, PDF, CSV) that proves its completeness.</source>
        <translation>Einen Compliance-Bericht nach SOC 2, DSGVO oder ISO 27001 (HTML, PDF, CSV) schreiben, der seine Vollständigkeit nachweist.</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>--%1: %2: %3</source>
        <translation>--%1: %2: %3</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Accept checkpoint signatures only from the public key(s) in this PEM file, the log&apos;s keys as you were given them (detects a log rebuilt and re-signed with another key).</source>
        <translation>Checkpoint-Signaturen nur von den öffentlichen Schlüsseln in dieser PEM-Datei akzeptieren, also von den Schlüsseln des Protokolls, wie sie Ihnen übergeben wurden (erkennt ein Protokoll, das neu aufgebaut und mit einem anderen Schlüssel neu signiert wurde).</translation>
    </message>
    <message>
        <source>A checkpoint you saved earlier (its text form); the log must still contain it. Repeatable.</source>
        <translation>Ein früher gespeicherter Checkpoint (in Textform); das Protokoll muss ihn noch enthalten. Wiederholbar.</translation>
    </message>
    <message>
        <source>Re-hashes every event and checks the chain, every column, the stored subtrees, every checkpoint and the personal parts.
Exits with 0 when the log is intact, 1 when it was tampered with (the first problem is named on stderr).</source>
        <translation>Berechnet den Hash jedes Ereignisses neu und prüft die Kette, jede Spalte, die gespeicherten Teilbäume, jeden Checkpoint und die personenbezogenen Teile.
Endet mit 0, wenn das Protokoll intakt ist, mit 1, wenn es manipuliert wurde (das erste Problem wird auf stderr genannt).</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>Audit-Protokoll wird verifiziert</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>Verifizierung abgebrochen</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>first bad event</source>
        <translation>erstes fehlerhaftes Ereignis</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>events checked</source>
        <translation>geprüfte Ereignisse</translation>
    </message>
    <message>
        <source>checkpoints checked</source>
        <translation>geprüfte Checkpoints</translation>
    </message>
    <message>
        <source>personal parts checked</source>
        <translation>geprüfte personenbezogene Teile</translation>
    </message>
    <message>
        <source>root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 s, %2 events/s</source>
        <translation>%1 s, %2 Ereignisse/s</translation>
    </message>
    <message>
        <source>--seq needs a range of sequence numbers A..B with 1 &lt;= A &lt;= B, e.g. 100..250, not &apos;%1&apos;</source>
        <translation>--seq benötigt einen Bereich von Sequenznummern A..B mit 1 &lt;= A &lt;= B, z. B. 100..250, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The bundle file to write (JSON).</source>
        <translation>Die zu schreibende Paketdatei (JSON).</translation>
    </message>
    <message>
        <source>Events at or after this time (ISO 8601, UTC).</source>
        <translation>Ereignisse ab diesem Zeitpunkt (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>Events before this time (ISO 8601, UTC).</source>
        <translation>Ereignisse vor diesem Zeitpunkt (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>Only events of this tenant.</source>
        <translation>Nur Ereignisse dieses Mandanten.</translation>
    </message>
    <message>
        <source>Only events of these types, e.g. tenant_suspended or login,logout. Repeatable.</source>
        <translation>Nur Ereignisse dieser Typen, z. B. tenant_suspended oder login,logout. Wiederholbar.</translation>
    </message>
    <message>
        <source>Only events with sequence numbers in A..B.</source>
        <translation>Nur Ereignisse mit Sequenznummern in A..B.</translation>
    </message>
    <message>
        <source>A..B</source>
        <translation>A..B</translation>
    </message>
    <message>
        <source>The bundle holds the selected events&apos; records, an inclusion proof for each against the latest signed checkpoint, the first and latest checkpoints with a consistency proof, and the public keys; never personal data. Check it anywhere with &apos;geoconsole audit verify-bundle&apos;.
Writing it is recorded in the audit log.</source>
        <translation>Das Paket enthält die Datensätze der ausgewählten Ereignisse, für jedes einen Inklusionsnachweis gegen den neuesten signierten Checkpoint, den ersten und den neuesten Checkpoint mit einem Konsistenznachweis sowie die öffentlichen Schlüssel; niemals personenbezogene Daten. Prüfen Sie es an beliebiger Stelle mit &apos;geoconsole audit verify-bundle&apos;.
Das Schreiben des Pakets wird im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <source>--type: unknown event type &apos;%1&apos;</source>
        <translation>--type: unbekannter Ereignistyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Proving events</source>
        <translation>Ereignisse werden nachgewiesen</translation>
    </message>
    <message>
        <source>bundle cancelled; no file was written</source>
        <translation>Paket abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1: %2 events proved against the checkpoint of %3 events; %4 bytes, SHA-256 %5. Recorded as event %6.</source>
        <translation>%1 geschrieben: %2 Ereignisse gegen den Checkpoint über %3 Ereignisse nachgewiesen; %4 Bytes, SHA-256 %5. Als Ereignis %6 erfasst.</translation>
    </message>
    <message>
        <source>%1 selected events are newer than the latest checkpoint and are not in the bundle; sign one with &apos;geoconsole audit checkpoint&apos; and write the bundle again to include them</source>
        <translation>%1 ausgewählte Ereignisse sind neuer als der neueste Checkpoint und nicht im Paket enthalten; signieren Sie einen Checkpoint mit &apos;geoconsole audit checkpoint&apos; und schreiben Sie das Paket erneut, um sie aufzunehmen</translation>
    </message>
    <message>
        <source>The evidence bundle (&apos;geoconsole audit bundle&apos;).</source>
        <translation>Das Nachweispaket (&apos;geoconsole audit bundle&apos;).</translation>
    </message>
    <message>
        <source>Accept checkpoint signatures only from the public key in this PEM file, not from the keys the bundle lists.</source>
        <translation>Checkpoint-Signaturen nur vom öffentlichen Schlüssel in dieser PEM-Datei akzeptieren, nicht von den im Paket aufgeführten Schlüsseln.</translation>
    </message>
    <message>
        <source>Needs no store. Exits with 0 when every event in the bundle is proved to be in the signed log, 1 when anything does not check out.</source>
        <translation>Benötigt keinen Datenspeicher. Endet mit 0, wenn für jedes Ereignis im Paket nachgewiesen ist, dass es im signierten Protokoll enthalten ist, mit 1, wenn irgendetwas nicht stimmt.</translation>
    </message>
    <message>
        <source>Re-hash the whole audit log and check it for tampering; exit 1 if it was.</source>
        <translation>Die Hashes des gesamten Audit-Protokolls neu berechnen und es auf Manipulation prüfen; Exit-Code 1, wenn es manipuliert wurde.</translation>
    </message>
    <message>
        <source>Write a self-contained evidence bundle of selected events with their proofs.</source>
        <translation>Ein eigenständiges Nachweispaket ausgewählter Ereignisse mit ihren Nachweisen schreiben.</translation>
    </message>
    <message>
        <source>Check an evidence bundle without any store; exit 1 if it does not verify.</source>
        <translation>Ein Nachweispaket ohne Datenspeicher prüfen; Exit-Code 1, wenn es die Verifizierung nicht besteht.</translation>
    </message>
    <message>
        <source>The verification-failure alert could not be raised: %1</source>
        <translation>Der Alarm für die fehlgeschlagene Verifizierung konnte nicht ausgelöst werden: %1</translation>
    </message>
</context>
<context>
    <name>CliAuditAlerts</name>
    <message>
        <source>Only unresolved alerts.</source>
        <translation>Nur nicht behobene Alarme.</translation>
    </message>
    <message>
        <source>At most this many alerts, newest first (default 500).</source>
        <translation>Höchstens so viele Alarme, die neuesten zuerst (Standard 500).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RAISED</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>behoben %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Keine offenen Alarme.</translation>
    </message>
    <message>
        <source>No alerts have been raised.</source>
        <translation>Es wurden keine Alarme ausgelöst.</translation>
    </message>
    <message>
        <source>The alert&apos;s id (see &apos;audit alerts&apos;).</source>
        <translation>Die ID des Alarms (siehe &apos;audit alerts&apos;).</translation>
    </message>
    <message>
        <source>How the alert was resolved (recorded with it).</source>
        <translation>Wie der Alarm behoben wurde (wird mit ihm gespeichert).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Alert %1 (%2) resolved.</source>
        <translation>Alarm %1 (%2) behoben.</translation>
    </message>
    <message>
        <source>--enabled needs yes or no, not &apos;%1&apos;</source>
        <translation>--enabled benötigt yes oder no, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>SCHWELLENWERT</translation>
    </message>
    <message>
        <source>WINDOW (S)</source>
        <translation>ZEITFENSTER (S)</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&quot;set&quot; followed by the rule to change.</source>
        <translation>&quot;set&quot;, gefolgt von der zu ändernden Regel.</translation>
    </message>
    <message>
        <source>Events within the window that raise the alert (1 to 100000).</source>
        <translation>Anzahl der Ereignisse innerhalb des Zeitfensters, die den Alarm auslöst (1 bis 100000).</translation>
    </message>
    <message>
        <source>The window in seconds (1 to 2592000, i.e. 30 days).</source>
        <translation>Das Zeitfenster in Sekunden (1 bis 2592000, d. h. 30 Tage).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Whether the rule is evaluated: yes or no.</source>
        <translation>Ob die Regel ausgewertet wird: yes oder no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Without arguments, lists the rules. Rules: %1.
Example:  geoconsole audit alert-rules set export_burst --threshold 50 --window 900</source>
        <translation>Ohne Argumente werden die Regeln aufgelistet. Regeln: %1.
Beispiel:  geoconsole audit alert-rules set export_burst --threshold 50 --window 900</translation>
    </message>
    <message>
        <source>--threshold, --window and --enabled need &apos;set RULE&apos; before them</source>
        <translation>--threshold, --window und --enabled benötigen davor &apos;set REGEL&apos;</translation>
    </message>
    <message>
        <source>use &apos;alert-rules&apos; to list or &apos;alert-rules set RULE [options]&apos; to change a rule</source>
        <translation>verwenden Sie &apos;alert-rules&apos; zum Auflisten oder &apos;alert-rules set REGEL [Optionen]&apos; zum Ändern einer Regel</translation>
    </message>
    <message>
        <source>&apos;alert-rules set&apos; needs --threshold, --window or --enabled</source>
        <translation>&apos;alert-rules set&apos; benötigt --threshold, --window oder --enabled</translation>
    </message>
    <message>
        <source>Rule %1: %2, threshold %3 within %4 s.</source>
        <translation>Regel %1: %2, Schwellenwert %3 innerhalb von %4 s.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>List raised alerts, newest first (--open: unresolved).</source>
        <translation>Ausgelöste Alarme auflisten, die neuesten zuerst (--open: nicht behobene).</translation>
    </message>
    <message>
        <source>Resolve an alert with a note (--note TEXT).</source>
        <translation>Einen Alarm mit einer Notiz als behoben markieren (--note TEXT).</translation>
    </message>
    <message>
        <source>List the alert rules, or change one with &apos;set RULE&apos;.</source>
        <translation>Die Alarmregeln auflisten oder eine mit &apos;set REGEL&apos; ändern.</translation>
    </message>
</context>
<context>
    <name>CliAuditReport</name>
    <message>
        <source>&apos;%1&apos; is not a report format; use html, pdf or csv</source>
        <translation>&apos;%1&apos; ist kein Berichtsformat; verwenden Sie html, pdf oder csv</translation>
    </message>
    <message>
        <source>Framework: soc2, gdpr or iso27001.</source>
        <translation>Regelwerk: soc2, gdpr oder iso27001.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start of the period: a date (00:00 UTC) or an ISO 8601 time.</source>
        <translation>Beginn des Zeitraums: ein Datum (00:00 UTC) oder eine Zeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>End of the period, excluded: a date (00:00 UTC) or an ISO 8601 time.</source>
        <translation>Ende des Zeitraums, ausschließlich: ein Datum (00:00 UTC) oder eine Zeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>Instead of --from/--to: last-month, last-quarter, last-year, month-to-date, quarter-to-date, last-30-days or last-90-days (UTC).</source>
        <translation>Statt --from/--to: last-month, last-quarter, last-year, month-to-date, quarter-to-date, last-30-days oder last-90-days (UTC).</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>VORGABE</translation>
    </message>
    <message>
        <source>html, pdf or csv; repeat or separate with commas for several (default: from --out&apos;s suffix, else html).</source>
        <translation>html, pdf oder csv; für mehrere wiederholen oder mit Kommas trennen (Standard: nach der Endung von --out, sonst html).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (one format).</source>
        <translation>Die zu schreibende Datei (ein Format).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The folder to write each format to, as &lt;framework&gt;-&lt;from&gt;-&lt;to&gt;.&lt;format&gt; (default: the current folder).</source>
        <translation>Der Ordner, in den jedes Format als &lt;Regelwerk&gt;-&lt;von&gt;-&lt;bis&gt;.&lt;Format&gt; geschrieben wird (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Sign a checkpoint first when none covers the end of the period (needs the right to manage the audit log).</source>
        <translation>Zuerst einen Checkpoint signieren, wenn keiner das Ende des Zeitraums abdeckt (erfordert das Recht, das Audit-Protokoll zu verwalten).</translation>
    </message>
    <message>
        <source>Number of sample events (0..1000, default 25).</source>
        <translation>Anzahl der Stichprobenereignisse (0..1000, Standard 25).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Examples:
  geoconsole audit report --framework soc2 --period last-quarter --format pdf --out soc2.pdf
  geoconsole audit report --framework gdpr --from 2026-08-01 --to 2026-11-01 \
      --format html,pdf,csv --out-dir reports/

Each file is written to a temporary file and renamed when complete. Writing it appends a
&apos;data exported&apos; event with the file&apos;s name, SHA-256 and the period to the audit trail.
The report&apos;s last section proves its completeness: the query, first and last sequence
numbers with a gap check, the signed checkpoints around the period with the consistency
proof between them, and a full re-hash of the log.</source>
        <translation>Beispiele:
  geoconsole audit report --framework soc2 --period last-quarter --format pdf --out soc2.pdf
  geoconsole audit report --framework gdpr --from 2026-08-01 --to 2026-11-01 \
      --format html,pdf,csv --out-dir reports/

Jede Datei wird zuerst in eine temporäre Datei geschrieben und nach Fertigstellung umbenannt. Das
Schreiben fügt dem Prüfpfad ein Ereignis &apos;Daten exportiert&apos; mit Dateiname, SHA-256 und Zeitraum hinzu.
Der letzte Abschnitt des Berichts weist seine Vollständigkeit nach: die Abfrage, erste und letzte
Sequenznummer mit Lückenprüfung, die signierten Checkpoints um den Zeitraum mit dem
Konsistenznachweis zwischen ihnen und eine vollständige Hash-Neuberechnung des Protokolls.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a framework; use soc2, gdpr or iso27001</source>
        <translation>&apos;%1&apos; ist kein Regelwerk; verwenden Sie soc2, gdpr oder iso27001</translation>
    </message>
    <message>
        <source>name the period with --from and --to, or with --period</source>
        <translation>geben Sie den Zeitraum mit --from und --to oder mit --period an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period; use last-month, last-quarter, last-year, month-to-date, quarter-to-date, last-30-days or last-90-days</source>
        <translation>&apos;%1&apos; ist kein Zeitraum; verwenden Sie last-month, last-quarter, last-year, month-to-date, quarter-to-date, last-30-days oder last-90-days</translation>
    </message>
    <message>
        <source>use --out or --out-dir, not both</source>
        <translation>verwenden Sie --out oder --out-dir, nicht beides</translation>
    </message>
    <message>
        <source>--out names one file; use --out-dir for several formats</source>
        <translation>--out nennt eine einzelne Datei; verwenden Sie --out-dir für mehrere Formate</translation>
    </message>
    <message>
        <source>give both --from and --to</source>
        <translation>geben Sie sowohl --from als auch --to an</translation>
    </message>
    <message>
        <source>signed a checkpoint so that the report&apos;s period is covered</source>
        <translation>ein Checkpoint wurde signiert, damit der Zeitraum des Berichts abgedeckt ist</translation>
    </message>
    <message>
        <source>--checkpoint: your role may not sign checkpoints; the report uses the existing ones</source>
        <translation>--checkpoint: Ihre Rolle darf keine Checkpoints signieren; der Bericht verwendet die vorhandenen</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes), SHA-256 %3; recorded as event %4</source>
        <translation>%1 geschrieben (%2 Bytes), SHA-256 %3; als Ereignis %4 erfasst</translation>
    </message>
    <message>
        <source>%1 events, sequence numbers %2 to %3.</source>
        <translation>%1 Ereignisse, Sequenznummern %2 bis %3.</translation>
    </message>
    <message>
        <source>Completeness proven: no gaps, signed checkpoints consistent, full re-hash intact.</source>
        <translation>Vollständigkeit nachgewiesen: keine Lücken, signierte Checkpoints konsistent, vollständige Hash-Neuberechnung intakt.</translation>
    </message>
    <message>
        <source>Completeness NOT proven; see the report&apos;s last section.</source>
        <translation>Vollständigkeit NICHT nachgewiesen; siehe letzten Abschnitt des Berichts.</translation>
    </message>
    <message>
        <source>no signed checkpoint covers the end of the period yet; run &apos;geoconsole audit checkpoint&apos; or add --checkpoint, then generate the report again</source>
        <translation>noch deckt kein signierter Checkpoint das Ende des Zeitraums ab; führen Sie &apos;geoconsole audit checkpoint&apos; aus oder fügen Sie --checkpoint hinzu und erstellen Sie den Bericht dann erneut</translation>
    </message>
    <message>
        <source>the audit log failed verification: %1</source>
        <translation>das Audit-Protokoll hat die Verifizierung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>report cancelled; no file was written</source>
        <translation>Bericht abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>report cancelled; these files were already written and recorded: %1</source>
        <translation>Bericht abgebrochen; diese Dateien wurden bereits geschrieben und erfasst: %1</translation>
    </message>
</context>
<context>
    <name>CliDemo</name>
    <message>
        <source>Store file to write; must not exist or be empty.</source>
        <translation>Zu schreibende Datenspeicherdatei; darf nicht existieren oder muss leer sein.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Number of tenants (default %1).</source>
        <translation>Anzahl der Mandanten (Standard %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days of request log and predictions (default %1).</source>
        <translation>Tage des Anfrageprotokolls und der Vorhersagen (Standard %1).</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Zufallswert (Seed) (Standard %1).</translation>
    </message>
    <message>
        <source>Number of predictions (default %1).</source>
        <translation>Anzahl der Vorhersagen (Standard %1).</translation>
    </message>
    <message>
        <source>demo data cancelled; nothing was written</source>
        <translation>Demodaten abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Demo store written to %1.</source>
        <translation>Demo-Datenspeicher nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Demo operator accounts:</source>
        <translation>Demo-Bedienerkonten:</translation>
    </message>
    <message>
        <source>USER NAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Writes a new store filled with believable demo data: tenants, users, API keys, request logs, models and predictions, an audit trail of what happened over those days, plus demo operator accounts. The same options always give the same data, except the audit trail&apos;s salts, keys and pseudonyms, which are random by design. The audit signing key is written to $GEOCONSOLE_AUDIT_KEY, else beside the store (&lt;store&gt;.audit-key.pem).</source>
        <translation>Schreibt einen neuen Datenspeicher mit glaubwürdigen Demodaten: Mandanten, Benutzer, API-Schlüssel, Anfrageprotokolle, Modelle und Vorhersagen, einen Prüfpfad dessen, was in diesen Tagen geschah, sowie Demo-Bedienerkonten. Dieselben Optionen ergeben immer dieselben Daten, außer den Salts, Schlüsseln und Pseudonymen des Prüfpfads, die absichtlich zufällig sind. Der Audit-Signaturschlüssel wird nach $GEOCONSOLE_AUDIT_KEY geschrieben, sonst neben den Datenspeicher (&lt;Datenspeicher&gt;.audit-key.pem).</translation>
    </message>
    <message>
        <source>Number of audit events (default %1; 0 = no audit trail).</source>
        <translation>Anzahl der Audit-Ereignisse (Standard %1; 0 = kein Prüfpfad).</translation>
    </message>
    <message>
        <source>Audit trail: %1 events; its signing key is %2.</source>
        <translation>Prüfpfad: %1 Ereignisse; sein Signaturschlüssel ist %2.</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>List what can be exported: each source and its columns with their types.</source>
        <translation>Auflisten, was exportiert werden kann: jede Quelle und ihre Spalten mit ihren Typen.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>NULL zulässig</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>(personal: only with --clear-personal)</source>
        <translation>(personenbezogen: nur mit --clear-personal)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>--split-bytes needs a size such as 500M, 2G or 65536, not &apos;%1&apos;</source>
        <translation>--split-bytes benötigt eine Größe wie 500M, 2G oder 65536, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 needs exactly one character, not &apos;%2&apos;</source>
        <translation>--%1 benötigt genau ein Zeichen, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--source: &apos;%1&apos; is not a source; sources: %2 (see &apos;geoconsole export sources&apos;)</source>
        <translation>--source: &apos;%1&apos; ist keine Quelle; Quellen: %2 (siehe &apos;geoconsole export sources&apos;)</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not a format; formats: %2</source>
        <translation>--format: &apos;%1&apos; ist kein Format; Formate: %2</translation>
    </message>
    <message>
        <source>--gzip and --zip exclude each other</source>
        <translation>--gzip und --zip schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--line-ending needs crlf or lf, not &apos;%1&apos;</source>
        <translation>--line-ending benötigt crlf oder lf, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--compression needs none, snappy or zstd, not &apos;%1&apos;</source>
        <translation>--compression benötigt none, snappy oder zstd, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>What to export (see &apos;geoconsole export sources&apos;).</source>
        <translation>Was exportiert wird (siehe &apos;geoconsole export sources&apos;).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>csv, json, ndjson, xlsx, parquet, xml or yaml.</source>
        <translation>csv, json, ndjson, xlsx, parquet, xml oder yaml.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (the ZIP with --zip; with splitting, the name the parts and the manifest are named after).</source>
        <translation>Die zu schreibende Datei (mit --zip das ZIP-Archiv; beim Aufteilen der Name, nach dem die Teile und das Manifest benannt werden).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Columns in output order, comma-separated (default: all that are not personal).</source>
        <translation>Spalten in Ausgabereihenfolge, kommagetrennt (Standard: alle nicht personenbezogenen).</translation>
    </message>
    <message>
        <source>A,B,C</source>
        <translation>A,B,C</translation>
    </message>
    <message>
        <source>A condition &quot;column OP value&quot;, OP one of = != &lt; &lt;= &gt; &gt;= ~ (contains); repeat for AND.</source>
        <translation>Eine Bedingung &quot;Spalte OP Wert&quot;, OP eines von = != &lt; &lt;= &gt; &gt;= ~ (enthält); für UND wiederholen.</translation>
    </message>
    <message>
        <source>COND</source>
        <translation>BEDINGUNG</translation>
    </message>
    <message>
        <source>Sort by a column, ascending or with :desc.</source>
        <translation>Nach einer Spalte sortieren, aufsteigend oder mit :desc absteigend.</translation>
    </message>
    <message>
        <source>COL[:desc]</source>
        <translation>SPALTE[:desc]</translation>
    </message>
    <message>
        <source>Start a new part after N rows.</source>
        <translation>Nach N Zeilen einen neuen Teil beginnen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Start a new part once a part reaches SIZE (e.g. 500M, 2G).</source>
        <translation>Einen neuen Teil beginnen, sobald ein Teil GRÖSSE erreicht (z. B. 500M, 2G).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Compress each part (or the one file) with gzip.</source>
        <translation>Jeden Teil (oder die einzelne Datei) mit gzip komprimieren.</translation>
    </message>
    <message>
        <source>Put every part and the manifest in one ZIP archive at --out.</source>
        <translation>Alle Teile und das Manifest in ein ZIP-Archiv unter --out legen.</translation>
    </message>
    <message>
        <source>CSV: field delimiter (default ,; \t or tab for a tab).</source>
        <translation>CSV: Feldtrennzeichen (Standard ,; \t oder tab für einen Tabulator).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>CSV: quote character (default &quot;).</source>
        <translation>CSV: Anführungszeichen (Standard &quot;).</translation>
    </message>
    <message>
        <source>CSV: no header line.</source>
        <translation>CSV: keine Kopfzeile.</translation>
    </message>
    <message>
        <source>CSV: text written for NULL (default: empty).</source>
        <translation>CSV: Text, der für NULL geschrieben wird (Standard: leer).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>CSV: crlf (default) or lf.</source>
        <translation>CSV: crlf (Standard) oder lf.</translation>
    </message>
    <message>
        <source>EOL</source>
        <translation>EOL</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark.</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen.</translation>
    </message>
    <message>
        <source>CSV: do not protect cells starting with = + - @ from spreadsheets.</source>
        <translation>CSV: Zellen, die mit = + - @ beginnen, nicht vor Tabellenkalkulationen schützen.</translation>
    </message>
    <message>
        <source>JSON: indent the array form.</source>
        <translation>JSON: die Array-Form einrücken.</translation>
    </message>
    <message>
        <source>Parquet: none, snappy (default) or zstd.</source>
        <translation>Parquet: none, snappy (Standard) oder zstd.</translation>
    </message>
    <message>
        <source>Parquet: rows per row group (default 131072).</source>
        <translation>Parquet: Zeilen pro Zeilengruppe (Standard 131072).</translation>
    </message>
    <message>
        <source>XLSX: name of the first sheet (default: the source&apos;s).</source>
        <translation>XLSX: Name des ersten Tabellenblatts (Standard: der Name der Quelle).</translation>
    </message>
    <message>
        <source>Show rows, rows per second and time left on stderr.</source>
        <translation>Zeilen, Zeilen pro Sekunde und verbleibende Zeit auf stderr anzeigen.</translation>
    </message>
    <message>
        <source>Export predictions, models, tenant users, usage or audit events to a file.</source>
        <translation>Vorhersagen, Modelle, Mandantenbenutzer, Nutzung oder Audit-Ereignisse in eine Datei exportieren.</translation>
    </message>
    <message>
        <source>Examples:
  geoconsole export --source predictions --format parquet --out preds.parquet
  geoconsole export --source predictions --format csv --columns id,city,value \
      --where &quot;value&gt;=50&quot; --where &quot;forecast_time&gt;=2026-11-01&quot; --sort value:desc --out high.csv
  geoconsole export --source audit_events --format ndjson --where type=login_failed --out failed.ndjson
  geoconsole export --source predictions --format csv --split-rows 1000000 --zip --out all.zip
  geoconsole export sources      (every source and its columns)
  geoconsole export define|definitions|history|run-due|enable|disable|undefine
                                 (scheduled exports, docs/export-schedules.md)

Nothing is written under the requested name until the export is complete; every export
is recorded in the audit trail with its row count and SHA-256.</source>
        <translation>Beispiele:
  geoconsole export --source predictions --format parquet --out preds.parquet
  geoconsole export --source predictions --format csv --columns id,city,value \
      --where &quot;value&gt;=50&quot; --where &quot;forecast_time&gt;=2026-11-01&quot; --sort value:desc --out high.csv
  geoconsole export --source audit_events --format ndjson --where type=login_failed --out failed.ndjson
  geoconsole export --source predictions --format csv --split-rows 1000000 --zip --out all.zip
  geoconsole export sources      (jede Quelle und ihre Spalten)
  geoconsole export define|definitions|history|run-due|enable|disable|undefine
                                 (geplante Exporte, docs/export-schedules.md)

Unter dem angeforderten Namen wird nichts geschrieben, bevor der Export vollständig ist;
jeder Export wird mit seiner Zeilenzahl und SHA-256 im Prüfpfad erfasst.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>Audit-Ereignis</translation>
    </message>
    <message>
        <source>Export personal data in clear: tenant users&apos; e-mail and name, audit events&apos; actor name, e-mail, source address and personal details (roles that may see personal data only).</source>
        <translation>Personenbezogene Daten im Klartext exportieren: E-Mail und Name der Mandantenbenutzer, Name, E-Mail, Quelladresse und personenbezogene Details der Akteure von Audit-Ereignissen (nur Rollen, die personenbezogene Daten sehen dürfen).</translation>
    </message>
</context>
<context>
    <name>CliExportSchedule</name>
    <message>
        <source>The scheduled export&apos;s name.</source>
        <translation>Der Name des geplanten Exports.</translation>
    </message>
    <message>
        <source>%1 rows, %2, %3 s, SHA-256 %4, %5</source>
        <translation>%1 Zeilen, %2, %3 s, SHA-256 %4, %5</translation>
    </message>
    <message>
        <source>When it runs, in UTC: hourly, hourly :MM, daily HH:MM, weekly DAY HH:MM, every N minutes|hours.</source>
        <translation>Wann er läuft, in UTC: hourly, hourly :MM, daily HH:MM, weekly TAG HH:MM, every N minutes|hours.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>Replace the request and schedule of an existing definition.</source>
        <translation>Die Exportangaben und den Zeitplan einer vorhandenen Definition ersetzen.</translation>
    </message>
    <message>
        <source>Saves the export described by the options of &apos;geoconsole export&apos; under NAME; it runs at every
slot of --schedule, while the console is open or through &apos;geoconsole export run-due&apos;.
--out may contain {date} (yyyy-MM-dd), {time} (HHmmss) and {name}, filled in per run (UTC);
a relative --out is made absolute now.

Examples:
  geoconsole export define nightly --schedule &quot;daily 02:00&quot; --source predictions \
      --format parquet --out /srv/exports/predictions-{date}.parquet
  geoconsole export define failed-logins --schedule &quot;every 15 minutes&quot; --source audit_events \
      --format ndjson --where type=login_failed --out /srv/exports/failed.ndjson</source>
        <translation>Speichert den durch die Optionen von &apos;geoconsole export&apos; beschriebenen Export unter NAME; er läuft
zu jedem Termin von --schedule, solange die Konsole geöffnet ist, oder über &apos;geoconsole export run-due&apos;.
--out darf {date} (yyyy-MM-dd), {time} (HHmmss) und {name} enthalten, die bei jeder Ausführung
eingesetzt werden (UTC); ein relatives --out wird jetzt in einen absoluten Pfad umgewandelt.

Beispiele:
  geoconsole export define nightly --schedule &quot;daily 02:00&quot; --source predictions \
      --format parquet --out /srv/exports/predictions-{date}.parquet
  geoconsole export define failed-logins --schedule &quot;every 15 minutes&quot; --source audit_events \
      --format ndjson --where type=login_failed --out /srv/exports/failed.ndjson</translation>
    </message>
    <message>
        <source>Scheduled export “%1” saved: %2 (UTC), next run %3.</source>
        <translation>Geplanter Export „%1“ gespeichert: %2 (UTC), nächste Ausführung %3.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schedule (UTC)</source>
        <translation>Zeitplan (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>No scheduled exports. Save one with &apos;geoconsole export define NAME --schedule ...&apos;.</source>
        <translation>Keine geplanten Exporte. Speichern Sie einen mit &apos;geoconsole export define NAME --schedule ...&apos;.</translation>
    </message>
    <message>
        <source>Only this scheduled export&apos;s runs.</source>
        <translation>Nur die Ausführungen dieses geplanten Exports.</translation>
    </message>
    <message>
        <source>At most N runs, newest first (default 50).</source>
        <translation>Höchstens N Ausführungen, die neuesten zuerst (Standard 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File or message</source>
        <translation>Datei oder Meldung</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Ausführungen.</translation>
    </message>
    <message>
        <source>Runs every enabled scheduled export whose next run has come, each as the operator who
defined it, prints one line per run and records it in the history. Exit code 1 when a run
failed (the others still ran; a failed export is tried again at its next slot).
Meant for a system timer: see docs/export-schedules.md for a systemd user timer.</source>
        <translation>Führt jeden aktivierten geplanten Export aus, dessen nächste Ausführung fällig ist, jeweils als der
Bediener, der ihn festgelegt hat, gibt eine Zeile pro Ausführung aus und erfasst sie im Verlauf.
Exit-Code 1, wenn eine Ausführung fehlschlug (die anderen liefen trotzdem; ein fehlgeschlagener
Export wird zum nächsten Termin erneut versucht). Gedacht für einen System-Timer: siehe
docs/export-schedules.md für einen systemd-Benutzer-Timer.</translation>
    </message>
    <message>
        <source>No scheduled export is due.</source>
        <translation>Kein geplanter Export ist fällig.</translation>
    </message>
    <message>
        <source>Scheduled export “%1” and its history deleted.</source>
        <translation>Geplanter Export „%1“ und sein Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Scheduled export “%1” enabled; next run %2.</source>
        <translation>Geplanter Export „%1“ aktiviert; nächste Ausführung %2.</translation>
    </message>
    <message>
        <source>Scheduled export “%1” disabled.</source>
        <translation>Geplanter Export „%1“ deaktiviert.</translation>
    </message>
    <message>
        <source>Save an export with a schedule.</source>
        <translation>Einen Export mit Zeitplan speichern.</translation>
    </message>
    <message>
        <source>List the scheduled exports and their next runs.</source>
        <translation>Die geplanten Exporte und ihre nächsten Ausführungen auflisten.</translation>
    </message>
    <message>
        <source>Show the runs of the scheduled exports.</source>
        <translation>Die Ausführungen der geplanten Exporte anzeigen.</translation>
    </message>
    <message>
        <source>Run the scheduled exports that are due now.</source>
        <translation>Die jetzt fälligen geplanten Exporte ausführen.</translation>
    </message>
    <message>
        <source>Delete a scheduled export and its history.</source>
        <translation>Einen geplanten Export und seinen Verlauf löschen.</translation>
    </message>
    <message>
        <source>Let a scheduled export run again.</source>
        <translation>Einen geplanten Export wieder ausführen lassen.</translation>
    </message>
    <message>
        <source>Stop a scheduled export from running.</source>
        <translation>Die Ausführung eines geplanten Exports anhalten.</translation>
    </message>
    <message>
        <source>Scheduled exports.</source>
        <translation>Geplante Exporte.</translation>
    </message>
</context>
<context>
    <name>CliKeys</name>
    <message>
        <source>The tenant&apos;s slug.</source>
        <translation>Das Kürzel des Mandanten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>“%1” has no API keys.</source>
        <translation>„%1“ hat keine API-Schlüssel.</translation>
    </message>
    <message>
        <source>What the key is for, e.g. &quot;production ingest&quot;.</source>
        <translation>Wofür der Schlüssel dient, z. B. &quot;Produktions-Import&quot;.</translation>
    </message>
    <message>
        <source>API key %1 (“%2”) created for “%3”. The key above is shown only now; it cannot be recovered later.</source>
        <translation>API-Schlüssel %1 („%2“) für „%3“ erstellt. Der obige Schlüssel wird nur jetzt angezeigt; er kann später nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The key&apos;s id (see &apos;keys list&apos;).</source>
        <translation>Die ID des Schlüssels (siehe &apos;keys list&apos;).</translation>
    </message>
    <message>
        <source>API key %1 (“%2”) of “%3” revoked.</source>
        <translation>API-Schlüssel %1 („%2“) von „%3“ widerrufen.</translation>
    </message>
    <message>
        <source>Reads the key from standard input, e.g.  geoconsole keys check &lt; key.txt
Exits with 0 when the key is valid, 1 when it is not.</source>
        <translation>Liest den Schlüssel von der Standardeingabe, z. B.  geoconsole keys check &lt; key.txt
Endet mit 0, wenn der Schlüssel gültig ist, mit 1, wenn nicht.</translation>
    </message>
    <message>
        <source>API key: </source>
        <translation>API-Schlüssel: </translation>
    </message>
    <message>
        <source>cannot read the key from standard input</source>
        <translation>der Schlüssel kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <source>the API key is not valid (unknown, revoked, or its tenant is not active)</source>
        <translation>der API-Schlüssel ist nicht gültig (unbekannt, widerrufen, oder sein Mandant ist nicht aktiv)</translation>
    </message>
    <message>
        <source>valid: %1 (“%2”)</source>
        <translation>gültig: %1 („%2“)</translation>
    </message>
    <message>
        <source>valid: %1 (“%2”) of “%3”</source>
        <translation>gültig: %1 („%2“) von „%3“</translation>
    </message>
    <message>
        <source>List a tenant&apos;s API keys (prefixes and metadata only).</source>
        <translation>Die API-Schlüssel eines Mandanten auflisten (nur Präfixe und Metadaten).</translation>
    </message>
    <message>
        <source>Create an API key and print its secret once.</source>
        <translation>Einen API-Schlüssel erstellen und sein Geheimnis einmalig ausgeben.</translation>
    </message>
    <message>
        <source>Revoke an API key.</source>
        <translation>Einen API-Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>Check a key read from standard input; exit 0 if it is valid.</source>
        <translation>Einen von der Standardeingabe gelesenen Schlüssel prüfen; Exit-Code 0, wenn er gültig ist.</translation>
    </message>
    <message>
        <source>Manage tenants&apos; API keys.</source>
        <translation>API-Schlüssel von Mandanten verwalten.</translation>
    </message>
</context>
<context>
    <name>CliOperators</name>
    <message>
        <source>&apos;%1&apos; is not an operator role; use one of: %2</source>
        <translation>&apos;%1&apos; ist keine Bedienerrolle; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>there is no operator named “%1”</source>
        <translation>es gibt keinen Bediener namens „%1“</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>USER NAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation>LETZTE ANMELDUNG</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No operators.</source>
        <translation>Keine Bediener.</translation>
    </message>
    <message>
        <source>The new operator&apos;s user name.</source>
        <translation>Der Benutzername des neuen Bedieners.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eine von: %1.</translation>
    </message>
    <message>
        <source>Full name (default: the user name).</source>
        <translation>Vollständiger Name (Standard: der Benutzername).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The new operator&apos;s password is read from GEOCONSOLE_NEW_PASSWORD, or asked twice on the terminal.</source>
        <translation>Das Passwort des neuen Bedieners wird aus GEOCONSOLE_NEW_PASSWORD gelesen oder zweimal im Terminal abgefragt.</translation>
    </message>
    <message>
        <source>Operator “%1” added as %2.</source>
        <translation>Bediener „%1“ als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>The operator&apos;s user name.</source>
        <translation>Der Benutzername des Bedieners.</translation>
    </message>
    <message>
        <source>Operator “%1” is now %2.</source>
        <translation>Bediener „%1“ ist jetzt %2.</translation>
    </message>
    <message>
        <source>Operator “%1” can sign in again.</source>
        <translation>Bediener „%1“ kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Operator “%1” deactivated; they can no longer sign in.</source>
        <translation>Bediener „%1“ deaktiviert; er kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>The new password is read from GEOCONSOLE_NEW_PASSWORD, or asked twice on the terminal.</source>
        <translation>Das neue Passwort wird aus GEOCONSOLE_NEW_PASSWORD gelesen oder zweimal im Terminal abgefragt.</translation>
    </message>
    <message>
        <source>Password of operator “%1” reset.</source>
        <translation>Passwort des Bedieners „%1“ zurückgesetzt.</translation>
    </message>
    <message>
        <source>List the console&apos;s operators.</source>
        <translation>Die Bediener der Konsole auflisten.</translation>
    </message>
    <message>
        <source>Add an operator.</source>
        <translation>Einen Bediener hinzufügen.</translation>
    </message>
    <message>
        <source>Change an operator&apos;s role.</source>
        <translation>Die Rolle eines Bedieners ändern.</translation>
    </message>
    <message>
        <source>Stop an operator from signing in.</source>
        <translation>Einem Bediener die Anmeldung verwehren.</translation>
    </message>
    <message>
        <source>Let a deactivated operator sign in again.</source>
        <translation>Einem deaktivierten Bediener die Anmeldung wieder erlauben.</translation>
    </message>
    <message>
        <source>Give an operator a new password.</source>
        <translation>Einem Bediener ein neues Passwort geben.</translation>
    </message>
    <message>
        <source>Manage the console&apos;s operators.</source>
        <translation>Die Bediener der Konsole verwalten.</translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>%1 (this version writes %2)</source>
        <translation>%1 (diese Version schreibt %2)</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Write-ahead log</source>
        <translation>Write-Ahead-Log (WAL)</translation>
    </message>
    <message>
        <source>Rows in %1</source>
        <translation>Zeilen in %1</translation>
    </message>
    <message numerus="yes">
        <source>the store is damaged: %n problem(s) found</source>
        <translation>
            <numerusform>der Datenspeicher ist beschädigt: %n Problem gefunden</numerusform>
            <numerusform>der Datenspeicher ist beschädigt: %n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: %1 passed the integrity check.</source>
        <translation>ok: %1 hat die Integritätsprüfung bestanden.</translation>
    </message>
    <message>
        <source>Show the store&apos;s path, schema version, sizes and row counts.</source>
        <translation>Pfad, Schemaversion, Größen und Zeilenzahlen des Datenspeichers anzeigen.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check; exit 3 when problems are found.</source>
        <translation>Die Integritätsprüfung von SQLite ausführen; Exit-Code 3, wenn Probleme gefunden werden.</translation>
    </message>
    <message>
        <source>Inspect the store file; needs no sign-in.</source>
        <translation>Die Datenspeicherdatei untersuchen; erfordert keine Anmeldung.</translation>
    </message>
    <message>
        <source>Creates the first administrator of a new or empty store (the store is created if it does not exist).</source>
        <translation>Legt den ersten Administrator eines neuen oder leeren Datenspeichers an (der Datenspeicher wird erstellt, falls er nicht existiert).</translation>
    </message>
    <message>
        <source>The administrator&apos;s user name.</source>
        <translation>Der Benutzername des Administrators.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Full name (default: the user name).</source>
        <translation>Vollständiger Name (Standard: der Benutzername).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The password is read from GEOCONSOLE_NEW_PASSWORD, or asked twice on the terminal.</source>
        <translation>Das Passwort wird aus GEOCONSOLE_NEW_PASSWORD gelesen oder zweimal im Terminal abgefragt.</translation>
    </message>
    <message>
        <source>Administrator “%1” created in %2.</source>
        <translation>Administrator „%1“ in %2 angelegt.</translation>
    </message>
</context>
<context>
    <name>CliTenants</name>
    <message>
        <source>&apos;%1&apos; is not a tier; use one of: %2</source>
        <translation>&apos;%1&apos; ist kein Tarif; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a configuration type; use one of: %2</source>
        <translation>&apos;%1&apos; ist kein Konfigurationstyp; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>--config needs KEY=TYPE:VALUE, e.g. alerts.threshold=integer:150; got &apos;%1&apos;</source>
        <translation>--config benötigt SCHLÜSSEL=TYP:WERT, z. B. alerts.threshold=integer:150; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>negotiated</source>
        <translation>ausgehandelt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>Preis pro Monat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Purge after</source>
        <translation>Endgültige Löschung ab</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-Mail des Ansprechpartners</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation>Anfragen heute</translation>
    </message>
    <message>
        <source>Config %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <source>Only tenants with this status: active, suspended, offboarding.</source>
        <translation>Nur Mandanten mit diesem Status: active, suspended, offboarding.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only tenants on this tier: free, basic, pro, enterprise.</source>
        <translation>Nur Mandanten in diesem Tarif: free, basic, pro, enterprise.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>Only tenants whose slug, name or contact contains TEXT.</source>
        <translation>Nur Mandanten, deren Kürzel, Name oder Ansprechpartner TEXT enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status; use active, suspended or offboarding</source>
        <translation>&apos;%1&apos; ist kein Status; verwenden Sie active, suspended oder offboarding</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>REQUESTS TODAY</source>
        <translation>ANFRAGEN HEUTE</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>No tenants match.</source>
        <translation>Keine passenden Mandanten.</translation>
    </message>
    <message>
        <source>The tenant&apos;s slug.</source>
        <translation>Das Kürzel des Mandanten.</translation>
    </message>
    <message>
        <source>Unique short name: lower-case letters, digits and &apos;-&apos;.</source>
        <translation>Eindeutiger Kurzname: Kleinbuchstaben, Ziffern und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Anzeigename.</translation>
    </message>
    <message>
        <source>free, basic, pro or enterprise.</source>
        <translation>free, basic, pro oder enterprise.</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail address.</source>
        <translation>E-Mail-Adresse des Ansprechpartners.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Contact&apos;s name.</source>
        <translation>Name des Ansprechpartners.</translation>
    </message>
    <message>
        <source>Data region: %1.</source>
        <translation>Datenregion: %1.</translation>
    </message>
    <message>
        <source>Negotiated monthly price in cents (enterprise only).</source>
        <translation>Ausgehandelter Monatspreis in Cent (nur enterprise).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Custom configuration entry; repeatable. TYPE is one of string, integer, decimal, boolean, url, email, duration.</source>
        <translation>Eigener Konfigurationseintrag; wiederholbar. TYP ist einer von string, integer, decimal, boolean, url, email, duration.</translation>
    </message>
    <message>
        <source>KEY=TYPE:VALUE</source>
        <translation>SCHLÜSSEL=TYP:WERT</translation>
    </message>
    <message>
        <source>Tenant “%1” provisioned.</source>
        <translation>Mandant „%1“ angelegt.</translation>
    </message>
    <message>
        <source>New display name.</source>
        <translation>Neuer Anzeigename.</translation>
    </message>
    <message>
        <source>New contact name.</source>
        <translation>Neuer Name des Ansprechpartners.</translation>
    </message>
    <message>
        <source>New contact e-mail address.</source>
        <translation>Neue E-Mail-Adresse des Ansprechpartners.</translation>
    </message>
    <message>
        <source>New data region.</source>
        <translation>Neue Datenregion.</translation>
    </message>
    <message>
        <source>nothing to change: give --name, --contact-name, --contact-email or --region</source>
        <translation>nichts zu ändern: geben Sie --name, --contact-name, --contact-email oder --region an</translation>
    </message>
    <message>
        <source>Tenant “%1” updated.</source>
        <translation>Mandant „%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>Tenant “%1” moved from %2 to %3.</source>
        <translation>Mandant „%1“ von %2 auf %3 umgestellt.</translation>
    </message>
    <message>
        <source>Why the tenant is suspended (kept with the tenant).</source>
        <translation>Grund für die Sperrung (wird beim Mandanten gespeichert).</translation>
    </message>
    <message>
        <source>Tenant “%1” suspended; its API keys no longer authenticate.</source>
        <translation>Mandant „%1“ gesperrt; seine API-Schlüssel authentifizieren nicht mehr.</translation>
    </message>
    <message>
        <source>Tenant “%1” is active again.</source>
        <translation>Mandant „%1“ ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Days before the tenant can be purged (0 to 365, default 30).</source>
        <translation>Tage, bevor der Mandant endgültig gelöscht werden kann (0 bis 365, Standard 30).</translation>
    </message>
    <message>
        <source>Tenant “%1” is offboarding and read-only; it can be purged after %2.</source>
        <translation>Mandant „%1“ befindet sich im Offboarding und ist schreibgeschützt; er kann nach %2 endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>The slug typed again, to confirm.</source>
        <translation>Das Kürzel zur Bestätigung noch einmal eingegeben.</translation>
    </message>
    <message>
        <source>Purge before the grace period is over.</source>
        <translation>Vor Ablauf der Karenzzeit endgültig löschen.</translation>
    </message>
    <message>
        <source>Purging %1</source>
        <translation>%1 wird endgültig gelöscht</translation>
    </message>
    <message>
        <source>purge cancelled; nothing was deleted</source>
        <translation>endgültiges Löschen abgebrochen; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>Tenant “%1” and all its data were deleted.</source>
        <translation>Mandant „%1“ und alle seine Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>Without it, lists the configuration. &apos;set KEY TYPE VALUE&apos; stores an entry (TYPE: string, integer, decimal, boolean, url, email, duration); &apos;unset KEY&apos; removes one.</source>
        <translation>Ohne Angabe wird die Konfiguration aufgelistet. &apos;set SCHLÜSSEL TYP WERT&apos; speichert einen Eintrag (TYP: string, integer, decimal, boolean, url, email, duration); &apos;unset SCHLÜSSEL&apos; entfernt einen.</translation>
    </message>
    <message>
        <source>use &apos;tenants config SLUG set KEY TYPE VALUE&apos; or &apos;tenants config SLUG unset KEY&apos;</source>
        <translation>verwenden Sie &apos;tenants config KÜRZEL set SCHLÜSSEL TYP WERT&apos; oder &apos;tenants config KÜRZEL unset SCHLÜSSEL&apos;</translation>
    </message>
    <message>
        <source>%1 = %2 (%3) stored for “%4”.</source>
        <translation>%1 = %2 (%3) für „%4“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 removed from “%2”.</source>
        <translation>%1 aus „%2“ entfernt.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>“%1” has no custom configuration.</source>
        <translation>„%1“ hat keine eigene Konfiguration.</translation>
    </message>
    <message>
        <source>How many days back, up to today (1 to 366, default 30).</source>
        <translation>Wie viele Tage zurück, bis heute (1 bis 366, Standard 30).</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message numerus="yes">
        <source>No usage recorded for “%1” in the last %n day(s).</source>
        <translation>
            <numerusform>Für „%1“ wurde im Zeitraum von %n Tag keine Nutzung erfasst.</numerusform>
            <numerusform>Für „%1“ wurde in den letzten %n Tagen keine Nutzung erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>List tenants, optionally filtered.</source>
        <translation>Mandanten auflisten, optional gefiltert.</translation>
    </message>
    <message>
        <source>Show one tenant&apos;s details, quotas and configuration.</source>
        <translation>Details, Kontingente und Konfiguration eines Mandanten anzeigen.</translation>
    </message>
    <message>
        <source>Create a tenant.</source>
        <translation>Einen Mandanten anlegen.</translation>
    </message>
    <message>
        <source>Change a tenant&apos;s name, contact or region.</source>
        <translation>Name, Ansprechpartner oder Region eines Mandanten ändern.</translation>
    </message>
    <message>
        <source>Move a tenant to another tier (downgrades are checked against usage).</source>
        <translation>Einen Mandanten in einen anderen Tarif verschieben (Herabstufungen werden gegen die Nutzung geprüft).</translation>
    </message>
    <message>
        <source>Suspend a tenant: data kept, API keys stop working.</source>
        <translation>Einen Mandanten sperren: Daten bleiben erhalten, API-Schlüssel funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>End a suspension.</source>
        <translation>Eine Sperrung aufheben.</translation>
    </message>
    <message>
        <source>Start the read-only grace period before a purge.</source>
        <translation>Die schreibgeschützte Karenzzeit vor dem endgültigen Löschen beginnen.</translation>
    </message>
    <message>
        <source>Delete an offboarded tenant and all its data.</source>
        <translation>Einen Mandanten im Offboarding und alle seine Daten löschen.</translation>
    </message>
    <message>
        <source>List, set or remove custom configuration entries.</source>
        <translation>Eigene Konfigurationseinträge auflisten, setzen oder entfernen.</translation>
    </message>
    <message>
        <source>Requests and errors per day.</source>
        <translation>Anfragen und Fehler pro Tag.</translation>
    </message>
    <message>
        <source>Manage tenants.</source>
        <translation>Mandanten verwalten.</translation>
    </message>
</context>
<context>
    <name>CliUsers</name>
    <message>
        <source>&apos;%1&apos; is not a tenant user role; use viewer, analyst or admin</source>
        <translation>&apos;%1&apos; ist keine Rolle für Mandantenbenutzer; verwenden Sie viewer, analyst oder admin</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>this tenant has no user with id %1</source>
        <translation>dieser Mandant hat keinen Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s slug.</source>
        <translation>Das Kürzel des Mandanten.</translation>
    </message>
    <message>
        <source>The user&apos;s id (see &apos;users list&apos;).</source>
        <translation>Die ID des Benutzers (siehe &apos;users list&apos;).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>“%1” has no users.</source>
        <translation>„%1“ hat keine Benutzer.</translation>
    </message>
    <message>
        <source>The user&apos;s e-mail address (unique within the tenant).</source>
        <translation>Die E-Mail-Adresse des Benutzers (innerhalb des Mandanten eindeutig).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>The user&apos;s name.</source>
        <translation>Der Name des Benutzers.</translation>
    </message>
    <message>
        <source>viewer, analyst or admin (default viewer).</source>
        <translation>viewer, analyst oder admin (Standard viewer).</translation>
    </message>
    <message>
        <source>User %1 added to “%2”.</source>
        <translation>Benutzer %1 zu „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>New e-mail address.</source>
        <translation>Neue E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Neuer Name.</translation>
    </message>
    <message>
        <source>New role: viewer, analyst or admin.</source>
        <translation>Neue Rolle: viewer, analyst oder admin.</translation>
    </message>
    <message>
        <source>nothing to change: give --email, --name or --role</source>
        <translation>nichts zu ändern: geben Sie --email, --name oder --role an</translation>
    </message>
    <message>
        <source>User %1 of “%2” updated.</source>
        <translation>Benutzer %1 von „%2“ aktualisiert.</translation>
    </message>
    <message>
        <source>User %1 of “%2” reactivated.</source>
        <translation>Benutzer %1 von „%2“ reaktiviert.</translation>
    </message>
    <message>
        <source>User %1 of “%2” deactivated.</source>
        <translation>Benutzer %1 von „%2“ deaktiviert.</translation>
    </message>
    <message>
        <source>List a tenant&apos;s users.</source>
        <translation>Die Benutzer eines Mandanten auflisten.</translation>
    </message>
    <message>
        <source>Add a user to a tenant (counts against the tier&apos;s user limit).</source>
        <translation>Einem Mandanten einen Benutzer hinzufügen (zählt gegen das Benutzerlimit des Tarifs).</translation>
    </message>
    <message>
        <source>Change a user&apos;s e-mail address, name or role.</source>
        <translation>E-Mail-Adresse, Name oder Rolle eines Benutzers ändern.</translation>
    </message>
    <message>
        <source>Deactivate a user.</source>
        <translation>Einen Benutzer deaktivieren.</translation>
    </message>
    <message>
        <source>Reactivate a user (counts against the user limit).</source>
        <translation>Einen Benutzer reaktivieren (zählt gegen das Benutzerlimit).</translation>
    </message>
    <message>
        <source>Manage a tenant&apos;s end users.</source>
        <translation>Die Endbenutzer eines Mandanten verwalten.</translation>
    </message>
</context>
<context>
    <name>ConfigType</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>ConsoleStartup</name>
    <message>
        <source>Cannot Open the Store</source>
        <translation>Datenspeicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Demodaten werden erzeugt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Generating demo data: %1</source>
        <translation>Demodaten werden erzeugt: %1</translation>
    </message>
    <message>
        <source>The demo data could not be generated: %1
The store stays empty.</source>
        <translation>Die Demodaten konnten nicht erzeugt werden: %1
Der Datenspeicher bleibt leer.</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Neuer Datenspeicher</translation>
    </message>
    <message>
        <source>The store %1 is new.

Fill the new store with demo data?</source>
        <translation>Der Datenspeicher %1 ist neu.

Soll der neue Datenspeicher mit Demodaten gefüllt werden?</translation>
    </message>
    <message>
        <source>Scheduled export “%1” failed: %2</source>
        <translation>Geplanter Export „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Generating the demo data was cancelled. Nothing was written.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Datenspeicher wird geprüft</translation>
    </message>
    <message>
        <source>Demo data can only be generated into an empty store. This store already holds data.</source>
        <translation>Demodaten können nur in einen leeren Datenspeicher erzeugt werden. Dieser Datenspeicher enthält bereits Daten.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Creating tenants</source>
        <translation>Mandanten werden angelegt</translation>
    </message>
    <message>
        <source>Writing the request log</source>
        <translation>Anfrageprotokoll wird geschrieben</translation>
    </message>
    <message>
        <source>Registering forecast models</source>
        <translation>Vorhersagemodelle werden registriert</translation>
    </message>
    <message>
        <source>No forecast model covers %1 at that time.</source>
        <translation>Kein Vorhersagemodell deckt %1 zu diesem Zeitpunkt ab.</translation>
    </message>
    <message>
        <source>Writing predictions</source>
        <translation>Vorhersagen werden geschrieben</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Indizes werden aufgebaut</translation>
    </message>
    <message>
        <source>Creating operator accounts</source>
        <translation>Bedienerkonten werden angelegt</translation>
    </message>
    <message>
        <source>The number of tenants must be between 1 and %1.</source>
        <translation>Die Anzahl der Mandanten muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and %1.</source>
        <translation>Die Anzahl der Tage muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The number of predictions must be between 0 and %1.</source>
        <translation>Die Anzahl der Vorhersagen muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>Writing the audit history</source>
        <translation>Audit-Verlauf wird geschrieben</translation>
    </message>
    <message>
        <source>The number of audit events must be between 0 and %1.</source>
        <translation>Die Anzahl der Audit-Ereignisse muss zwischen 0 und %1 liegen.</translation>
    </message>
</context>
<context>
    <name>ExportSchedule</name>
    <message>
        <source>Use one of: hourly, hourly :MM, daily HH:MM, weekly DAY HH:MM (DAY mon … sun) or every N minutes|hours; times are UTC.</source>
        <translation>Verwenden Sie eines von: hourly, hourly :MM, daily HH:MM, weekly TAG HH:MM (TAG mon … sun) oder every N minutes|hours; die Zeiten sind in UTC.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (HH:MM from 00:00 to 23:59, UTC).</source>
        <translation>„%1“ ist keine Uhrzeit (HH:MM von 00:00 bis 23:59, UTC).</translation>
    </message>
    <message>
        <source>“%1” is not a day of the week (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>„%1“ ist kein Wochentag (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>The schedule is empty.</source>
        <translation>Der Zeitplan ist leer.</translation>
    </message>
    <message>
        <source>“%1”: hourly takes at most a minute as :MM (:00 to :59).</source>
        <translation>„%1“: hourly akzeptiert höchstens eine Minute als :MM (:00 bis :59).</translation>
    </message>
    <message>
        <source>“%1”: daily needs a time, as in “daily 02:00”.</source>
        <translation>„%1“: daily benötigt eine Uhrzeit, wie in „daily 02:00“.</translation>
    </message>
    <message>
        <source>“%1”: weekly needs a day and a time, as in “weekly mon 06:30”.</source>
        <translation>„%1“: weekly benötigt einen Tag und eine Uhrzeit, wie in „weekly mon 06:30“.</translation>
    </message>
    <message>
        <source>“%1”: every needs a number and a unit, as in “every 15 minutes”.</source>
        <translation>„%1“: every benötigt eine Zahl und eine Einheit, wie in „every 15 minutes“.</translation>
    </message>
    <message>
        <source>“%1” is not a unit: use minutes or hours.</source>
        <translation>„%1“ ist keine Einheit: Verwenden Sie minutes oder hours.</translation>
    </message>
    <message>
        <source>“%1”: the interval must be between 1 minute and 168 hours (one week).</source>
        <translation>„%1“: Das Intervall muss zwischen 1 Minute und 168 Stunden (einer Woche) liegen.</translation>
    </message>
    <message>
        <source>“%1” is not a schedule.</source>
        <translation>„%1“ ist kein Zeitplan.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ExportScheduleService</name>
    <message>
        <source>“%1” is not a valid name: use 1 to 64 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Name: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Unterstriche oder Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>There is no scheduled export named “%1”.</source>
        <translation>Es gibt keinen geplanten Export namens „%1“.</translation>
    </message>
    <message>
        <source>The scheduled export “%1” belongs to %2; only they or an administrator may change it.</source>
        <translation>Der geplante Export „%1“ gehört %2; nur dieser Bediener oder ein Administrator darf ihn ändern.</translation>
    </message>
    <message>
        <source>A scheduled export needs a destination file.</source>
        <translation>Ein geplanter Export benötigt eine Zieldatei.</translation>
    </message>
    <message>
        <source>The destination “%1” must be an absolute path: a scheduled export runs from anywhere.</source>
        <translation>Das Ziel „%1“ muss ein absoluter Pfad sein: Ein geplanter Export läuft nicht in einem festen Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>“{%1}” is not a placeholder; a destination may contain {date}, {time} and {name}.</source>
        <translation>„{%1}“ ist kein Platzhalter; ein Ziel darf {date}, {time} und {name} enthalten.</translation>
    </message>
    <message>
        <source>A scheduled export named “%1” already exists.</source>
        <translation>Ein geplanter Export namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The scheduled export “%1” is already enabled.</source>
        <translation>Der geplante Export „%1“ ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>The scheduled export “%1” is already disabled.</source>
        <translation>Der geplante Export „%1“ ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>The owner of this scheduled export (%1) is no longer an active operator; redefine it under another operator.</source>
        <translation>Der Eigentümer dieses geplanten Exports (%1) ist kein aktiver Bediener mehr; legen Sie den Export unter einem anderen Bediener neu fest.</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>Der Export wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>FormHelpers</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view tenants</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Mandanten ansehen</translation>
    </message>
    <message>
        <source>provision tenants</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Mandanten anlegen</translation>
    </message>
    <message>
        <source>edit tenants</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Mandanten bearbeiten</translation>
    </message>
    <message>
        <source>change a tenant&apos;s tier</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>den Tarif eines Mandanten ändern</translation>
    </message>
    <message>
        <source>suspend or reactivate tenants</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Mandanten sperren oder reaktivieren</translation>
    </message>
    <message>
        <source>offboard tenants</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Offboarding von Mandanten einleiten</translation>
    </message>
    <message>
        <source>purge tenants</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Mandanten endgültig löschen</translation>
    </message>
    <message>
        <source>view tenant users</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Mandantenbenutzer ansehen</translation>
    </message>
    <message>
        <source>see tenant users&apos; names and e-mail addresses</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Namen und E-Mail-Adressen von Mandantenbenutzern sehen</translation>
    </message>
    <message>
        <source>manage tenant users</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Mandantenbenutzer verwalten</translation>
    </message>
    <message>
        <source>view API keys</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>API-Schlüssel ansehen</translation>
    </message>
    <message>
        <source>create or revoke API keys</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>API-Schlüssel erstellen oder widerrufen</translation>
    </message>
    <message>
        <source>view usage</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Nutzung ansehen</translation>
    </message>
    <message>
        <source>manage console operators</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Konsolenbediener verwalten</translation>
    </message>
    <message>
        <source>generate demo data</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Demodaten erzeugen</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>den Prüfpfad ansehen</translation>
    </message>
    <message>
        <source>sign audit checkpoints, rotate the signing key or handle alerts</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Audit-Checkpoints signieren, den Signaturschlüssel rotieren oder Alarme bearbeiten</translation>
    </message>
    <message>
        <source>produce compliance reports and evidence bundles</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Compliance-Berichte und Nachweispakete erstellen</translation>
    </message>
    <message>
        <source>export data to files</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>Daten in Dateien exportieren</translation>
    </message>
    <message>
        <source>define or change scheduled exports</source>
        <extracomment>Completes &quot;Your role (…) does not allow you to …&quot;.</extracomment>
        <translation>geplante Exporte festlegen oder ändern</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Compliance Officer</source>
        <translation>Compliance-Beauftragte(r)</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your role (%1) does not allow you to %2.</source>
        <extracomment>%1 is a role (&quot;Analyst&quot;), %2 an action (&quot;provision tenants&quot;).</extracomment>
        <translation>Ihre Rolle (%1) erlaubt Ihnen Folgendes nicht: %2.</translation>
    </message>
</context>
<context>
    <name>SqliteOperatorRepository</name>
    <message>
        <source>The store contains an operator with an unknown role.</source>
        <translation>Der Datenspeicher enthält einen Bediener mit einer unbekannten Rolle.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>“%1” is not a GeoClimate Console store (it is not an SQLite database).</source>
        <translation>„%1“ ist kein Datenspeicher der GeoClimate Console (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>The store “%1” is damaged. It has not been changed; restore it from a backup.</source>
        <translation>Der Datenspeicher „%1“ ist beschädigt. Er wurde nicht verändert; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The store “%1” is locked by another program. Close it there and try again.</source>
        <translation>Der Datenspeicher „%1“ ist durch ein anderes Programm gesperrt. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store “%1” cannot be written: the file or its folder is read-only.</source>
        <translation>Der Datenspeicher „%1“ kann nicht beschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The store “%1” cannot be opened: check that its folder exists and can be written.</source>
        <translation>Der Datenspeicher „%1“ kann nicht geöffnet werden: Prüfen Sie, ob sein Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger mit „%1“ ist voll. Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading or writing the store “%1” failed (%2).</source>
        <translation>Lesen oder Schreiben des Datenspeichers „%1“ ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The change was refused by the store: %1</source>
        <translation>Die Änderung wurde vom Datenspeicher abgelehnt: %1</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Store error: %1</source>
        <translation>Datenspeicherfehler: %1</translation>
    </message>
    <message>
        <source>The store “%1” cannot be read: %2</source>
        <translation>Der Datenspeicher „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The store “%1” is damaged: the file is shorter than its own header says (%2 of %3 bytes). It has not been changed; restore it from a backup.</source>
        <translation>Der Datenspeicher „%1“ ist beschädigt: Die Datei ist kürzer, als ihr eigener Header angibt (%2 von %3 Bytes). Er wurde nicht verändert; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a GeoClimate Console store. It has not been changed.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms, kein Datenspeicher der GeoClimate Console. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The store “%1” was written by a newer version of GeoClimate Console (store version %2; this version reads up to %3). It has not been changed; update the console.</source>
        <translation>Der Datenspeicher „%1“ wurde von einer neueren Version der GeoClimate Console geschrieben (Datenspeicherversion %2; diese Version liest bis %3). Er wurde nicht verändert; aktualisieren Sie die Konsole.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Es wurde keine Datenspeicherdatei angegeben.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a store file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenspeicherdatei.</translation>
    </message>
    <message>
        <source>The store “%1” does not exist.</source>
        <translation>Der Datenspeicher „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The store “%1” could not be switched to write-ahead logging (journal mode %2).</source>
        <translation>Der Datenspeicher „%1“ konnte nicht auf Write-Ahead-Logging (WAL) umgestellt werden (Journalmodus %2).</translation>
    </message>
</context>
<context>
    <name>TenantRepository</name>
    <message>
        <source>Deleting the tenant was cancelled.</source>
        <translation>Das Löschen des Mandanten wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>TenantService</name>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Ein Name darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>“%1” is not a known region. Choose one of: %2.</source>
        <translation>„%1“ ist keine bekannte Region. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Only Enterprise tenants have a custom price; the %1 tier has a fixed price.</source>
        <translation>Nur Enterprise-Mandanten haben einen eigenen Preis; der Tarif %1 hat einen festen Preis.</translation>
    </message>
    <message>
        <source>The custom price cannot be negative.</source>
        <translation>Der eigene Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number between %2 and %3.</source>
        <translation>„%1“ ist keine ganze Zahl zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>“%1” is not a decimal number (for example 12.5 or -0.25).</source>
        <translation>„%1“ ist keine Dezimalzahl (zum Beispiel 12.5 oder -0.25).</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no value (use true, false, yes, no, 1 or 0).</source>
        <translation>„%1“ ist kein Ja/Nein-Wert (verwenden Sie true, false, yes, no, 1 oder 0).</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with http:// or https:// and name a host).</source>
        <translation>„%1“ ist keine Webadresse (sie muss mit http:// oder https:// beginnen und einen Host nennen).</translation>
    </message>
    <message>
        <source>“%1” is not a duration (for example 30s, 15m, 2h or 7d; at most 3650 days).</source>
        <translation>„%1“ ist keine Dauer (zum Beispiel 30s, 15m, 2h oder 7d; höchstens 3650 Tage).</translation>
    </message>
    <message>
        <source>The tenant does not exist.</source>
        <translation>Der Mandant existiert nicht.</translation>
    </message>
    <message>
        <source>The tenant “%1” is being offboarded and is read-only.</source>
        <translation>Der Mandant „%1“ befindet sich im Offboarding und ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>There is no tenant “%1”.</source>
        <translation>Es gibt keinen Mandanten „%1“.</translation>
    </message>
    <message>
        <source>The slug must be 3 to 40 characters of lower-case letters, digits and hyphens, and cannot start or end with a hyphen.</source>
        <translation>Das Kürzel muss aus 3 bis 40 Kleinbuchstaben, Ziffern und Bindestrichen bestehen und darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>The configuration key “%1” is given twice.</source>
        <translation>Der Konfigurationsschlüssel „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The slug “%1” is already taken by another tenant.</source>
        <translation>Das Kürzel „%1“ wird bereits von einem anderen Mandanten verwendet.</translation>
    </message>
    <message>
        <source>The tenant has %1 active users; the %2 tier allows %3. Deactivate %4 users first.</source>
        <translation>Der Mandant hat %1 aktive Benutzer; der Tarif %2 erlaubt %3. Deaktivieren Sie zuerst %4 Benutzer.</translation>
    </message>
    <message>
        <source>The tenant made %1 requests on %2 (its peak in the last %3 days); the %4 tier allows %5 per day.</source>
        <translation>Der Mandant hatte am %2 %1 Anfragen (sein Höchstwert in den letzten %3 Tagen); der Tarif %4 erlaubt %5 pro Tag.</translation>
    </message>
    <message>
        <source>The tenant “%1” is already on the %2 tier.</source>
        <translation>Der Mandant „%1“ ist bereits im Tarif %2.</translation>
    </message>
    <message>
        <source>The tenant “%1” cannot move to the %2 tier: %3</source>
        <translation>Der Mandant „%1“ kann nicht in den Tarif %2 wechseln: %3</translation>
    </message>
    <message>
        <source>Give a reason for the suspension.</source>
        <translation>Geben Sie einen Grund für die Sperrung an.</translation>
    </message>
    <message>
        <source>The tenant “%1” is already suspended.</source>
        <translation>Der Mandant „%1“ ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>The tenant “%1” is not suspended.</source>
        <translation>Der Mandant „%1“ ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>The grace period must be between 0 and %1 days.</source>
        <translation>Die Karenzzeit muss zwischen 0 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <source>The tenant “%1” must be offboarded before it can be purged.</source>
        <translation>Für den Mandanten „%1“ muss das Offboarding eingeleitet sein, bevor er endgültig gelöscht werden kann.</translation>
    </message>
    <message>
        <source>Type the tenant&apos;s slug “%1” exactly to confirm the purge.</source>
        <translation>Geben Sie das Kürzel „%1“ des Mandanten genau ein, um das endgültige Löschen zu bestätigen.</translation>
    </message>
    <message>
        <source>The grace period of “%1” runs until %2; it cannot be purged before.</source>
        <translation>Die Karenzzeit von „%1“ läuft bis %2; vorher kann der Mandant nicht endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>“%1” is not a valid key: use 1 to 64 lower-case letters, digits, “_” and “.”, starting with a letter.</source>
        <translation>„%1“ ist kein gültiger Schlüssel: Verwenden Sie 1 bis 64 Kleinbuchstaben, Ziffern, „_“ und „.“, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>A text value can have at most %1 characters.</source>
        <translation>Ein Textwert darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The tenant has no configuration key “%1”.</source>
        <translation>Der Mandant hat keinen Konfigurationsschlüssel „%1“.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>The %1 tier allows at most %2 active users, and “%3” has reached that limit. Deactivate a user or move to a larger tier.</source>
        <translation>Der Tarif %1 erlaubt höchstens %2 aktive Benutzer, und „%3“ hat diese Grenze erreicht. Deaktivieren Sie einen Benutzer oder wechseln Sie in einen größeren Tarif.</translation>
    </message>
    <message>
        <source>The tenant already has a user with the e-mail “%1”.</source>
        <translation>Der Mandant hat bereits einen Benutzer mit der E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>The user does not exist for this tenant.</source>
        <translation>Der Benutzer existiert für diesen Mandanten nicht.</translation>
    </message>
    <message>
        <source>The user is already deactivated.</source>
        <translation>Der Benutzer ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>The user is already active.</source>
        <translation>Der Benutzer ist bereits aktiv.</translation>
    </message>
    <message>
        <source>The API key does not exist for this tenant.</source>
        <translation>Der API-Schlüssel existiert für diesen Mandanten nicht.</translation>
    </message>
    <message>
        <source>The API key “%1” is already revoked.</source>
        <translation>Der API-Schlüssel „%1“ ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>The usage period must be between 1 and 3660 days.</source>
        <translation>Der Nutzungszeitraum muss zwischen 1 und 3660 Tagen liegen.</translation>
    </message>
</context>
<context>
    <name>TenantStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Offboarding</translation>
    </message>
</context>
<context>
    <name>TenantUserRole</name>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
</context>
<context>
    <name>UiErrors</name>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Store error</source>
        <translation>Fehler im Datenspeicher</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>custom price</source>
        <translation>individueller Preis</translation>
    </message>
    <message>
        <source>$%1 / month</source>
        <translation>%1 $ / Monat</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>unlimited users</source>
        <translation>unbegrenzt viele Benutzer</translation>
    </message>
    <message>
        <source>%1 requests/day</source>
        <translation>%1 Anfragen/Tag</translation>
    </message>
    <message>
        <source>unlimited requests</source>
        <translation>unbegrenzt viele Anfragen</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>gc::AlertsPane</name>
    <message>
        <source>&amp;Apply Rules</source>
        <translation>Regeln &amp;übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Open Only</source>
        <translation>&amp;Nur offene</translation>
    </message>
    <message>
        <source>Show only alerts that are not resolved yet</source>
        <translation>Nur Alarme anzeigen, die noch nicht behoben sind</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>Mark the selected alert as resolved, with a note saying how</source>
        <translation>Den ausgewählten Alarm als behoben markieren, mit einer Notiz, wie er behoben wurde</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alert Rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>A rule raises an alert when its threshold of events falls within its window. Changes are recorded in the audit trail.</source>
        <translation>Eine Regel löst einen Alarm aus, wenn innerhalb ihres Zeitfensters so viele Ereignisse eintreten, wie ihr Schwellenwert angibt. Änderungen werden im Prüfpfad erfasst.</translation>
    </message>
    <message>
        <source>Your role can view the rules but not change them.</source>
        <translation>Ihre Rolle kann die Regeln ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Behoben am %1</translation>
    </message>
    <message>
        <source>Resolved by %1: %2</source>
        <translation>Behoben von %1: %2</translation>
    </message>
    <message>
        <source>No open alerts.

An alert appears here when a rule fires: repeated failed sign-ins, a burst of exports, access to a suspended tenant, or a failed verification of the audit trail.</source>
        <translation>Keine offenen Alarme.

Ein Alarm erscheint hier, wenn eine Regel anspricht: wiederholt fehlgeschlagene Anmeldungen, eine Häufung von Exporten, Zugriff auf einen gesperrten Mandanten oder eine fehlgeschlagene Verifizierung des Prüfpfads.</translation>
    </message>
    <message>
        <source>No alerts have been raised in this store.</source>
        <translation>In diesem Datenspeicher wurden keine Alarme ausgelöst.</translation>
    </message>
    <message>
        <source>%1 enabled</source>
        <translation>%1 aktiviert</translation>
    </message>
    <message>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <source>%1 threshold</source>
        <translation>Schwellenwert für %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 window in seconds</source>
        <translation>Zeitfenster für %1 in Sekunden</translation>
    </message>
</context>
<context>
    <name>gc::ApiKeyModel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Only this prefix is kept; the full key was shown once, when it was created.</source>
        <translation>Nur dieses Präfix wird gespeichert; der vollständige Schlüssel wurde einmalig bei der Erstellung angezeigt.</translation>
    </message>
    <message>
        <source>Revoked on %1; the key no longer authenticates</source>
        <translation>Am %1 widerrufen; der Schlüssel authentifiziert nicht mehr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gc::ApiKeySecretDialog</name>
    <message>
        <source>API Key Created</source>
        <translation>API-Schlüssel erstellt</translation>
    </message>
    <message>
        <source>Copy the key &quot;%1&quot; now and hand it to the tenant over a safe channel. This is the only time it is shown: the console stores only a hash of it.</source>
        <translation>Kopieren Sie den Schlüssel „%1“ jetzt und übergeben Sie ihn dem Mandanten über einen sicheren Kanal. Er wird nur dieses eine Mal angezeigt: Die Konsole speichert nur einen Hash davon.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>gc::AuditCategory</name>
    <message>
        <source>Operator and user actions</source>
        <translation>Bediener- und Benutzeraktionen</translation>
    </message>
    <message>
        <source>Data access</source>
        <translation>Datenzugriff</translation>
    </message>
    <message>
        <source>API operations</source>
        <translation>API-Vorgänge</translation>
    </message>
    <message>
        <source>Tenant lifecycle and quota</source>
        <translation>Mandantenlebenszyklus und Kontingente</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>DSGVO</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>gc::AuditDetailPanel</name>
    <message>
        <source>&amp;Prove Inclusion…</source>
        <translation>&amp;Inklusion nachweisen…</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Ortszeit:</translation>
    </message>
    <message>
        <source>UTC:</source>
        <translation>UTC:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Personenbezogene Daten:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>This event has no details.</source>
        <translation>Dieses Ereignis hat keine Details.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Leaf hash:</source>
        <translation>Blatt-Hash:</translation>
    </message>
    <message>
        <source>Chain hash:</source>
        <translation>Ketten-Hash:</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Commitment:</translation>
    </message>
    <message>
        <source>Commits to the personal part without revealing it; erasing the personal part leaves it valid</source>
        <translation>Bindet sich an den personenbezogenen Teil, ohne ihn preiszugeben; wird der personenbezogene Teil gelöscht, bleibt das Commitment gültig</translation>
    </message>
    <message>
        <source>Check that this event is in the log signed by the latest checkpoint</source>
        <translation>Prüfen, dass dieses Ereignis in dem vom neuesten Checkpoint signierten Protokoll enthalten ist</translation>
    </message>
    <message>
        <source>Copy the event&apos;s non-personal fields as JSON</source>
        <translation>Die nicht personenbezogenen Felder des Ereignisses als JSON kopieren</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Reading event #%1…</source>
        <translation>Ereignis #%1 wird gelesen…</translation>
    </message>
    <message>
        <source>There is no event #%1.</source>
        <translation>Es gibt kein Ereignis #%1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>hidden for your role</source>
        <translation>für Ihre Rolle verborgen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
</context>
<context>
    <name>gc::AuditEventCodec</name>
    <message>
        <source>A text field of the event is not valid Unicode.</source>
        <translation>Ein Textfeld des Ereignisses ist kein gültiges Unicode.</translation>
    </message>
    <message>
        <source>The event details contain a number that is not finite.</source>
        <translation>Die Ereignisdetails enthalten eine Zahl, die nicht endlich ist.</translation>
    </message>
    <message>
        <source>The event details contain an integer too large to be stored exactly.</source>
        <translation>Die Ereignisdetails enthalten eine ganze Zahl, die zu groß ist, um exakt gespeichert zu werden.</translation>
    </message>
    <message>
        <source>An audit event cannot have a negative sequence number.</source>
        <translation>Ein Audit-Ereignis kann keine negative Sequenznummer haben.</translation>
    </message>
    <message>
        <source>The personal data commitment must be %1 bytes.</source>
        <translation>Das Commitment der personenbezogenen Daten muss %1 Byte lang sein.</translation>
    </message>
    <message>
        <source>The event has an unknown type, severity or outcome.</source>
        <translation>Das Ereignis hat einen unbekannten Typ, Schweregrad oder ein unbekanntes Ergebnis.</translation>
    </message>
    <message>
        <source>The audit record is well-formed.</source>
        <translation>Der Audit-Datensatz ist wohlgeformt.</translation>
    </message>
    <message>
        <source>The audit record is truncated.</source>
        <translation>Der Audit-Datensatz ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The audit record has extra bytes at its end.</source>
        <translation>Der Audit-Datensatz hat überzählige Bytes am Ende.</translation>
    </message>
    <message>
        <source>The audit record has an unsupported format version.</source>
        <translation>Der Audit-Datensatz hat eine nicht unterstützte Formatversion.</translation>
    </message>
    <message>
        <source>The audit record contains text that is not valid UTF-8.</source>
        <translation>Der Audit-Datensatz enthält Text, der kein gültiges UTF-8 ist.</translation>
    </message>
    <message>
        <source>The audit record contains a value outside its allowed range.</source>
        <translation>Der Audit-Datensatz enthält einen Wert außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The details of the audit record are not canonical JSON.</source>
        <translation>Die Details des Audit-Datensatzes sind kein kanonisches JSON.</translation>
    </message>
</context>
<context>
    <name>gc::AuditEventModel</name>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Tenant #%1</source>
        <translation>Mandant #%1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 (tenant id %2)</source>
        <translation>%1 (Mandanten-ID %2)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sequence number: the event&apos;s position in the tamper-evident log</source>
        <translation>Sequenznummer: die Position des Ereignisses im manipulationssicheren Protokoll</translation>
    </message>
    <message>
        <source>Local time; hover a cell for UTC</source>
        <translation>Ortszeit; für UTC mit der Maus über eine Zelle fahren</translation>
    </message>
    <message>
        <source>Pseudonymous actor id, with the name when your role may see personal data</source>
        <translation>Pseudonyme Akteur-ID, mit dem Namen, wenn Ihre Rolle personenbezogene Daten sehen darf</translation>
    </message>
    <message>
        <source>Non-personal details of the event</source>
        <translation>Nicht personenbezogene Details des Ereignisses</translation>
    </message>
</context>
<context>
    <name>gc::AuditEventType</name>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Data read</source>
        <translation>Daten gelesen</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Daten exportiert</translation>
    </message>
    <message>
        <source>Data updated</source>
        <translation>Daten aktualisiert</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>Daten gelöscht</translation>
    </message>
    <message>
        <source>Prediction requested</source>
        <translation>Vorhersage angefordert</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>API-Schlüssel erstellt</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Tenant provisioned</source>
        <translation>Mandant angelegt</translation>
    </message>
    <message>
        <source>Tenant tier changed</source>
        <translation>Tarif des Mandanten geändert</translation>
    </message>
    <message>
        <source>Tenant suspended</source>
        <translation>Mandant gesperrt</translation>
    </message>
    <message>
        <source>Tenant reactivated</source>
        <translation>Mandant reaktiviert</translation>
    </message>
    <message>
        <source>Tenant offboarded</source>
        <translation>Mandant ins Offboarding versetzt</translation>
    </message>
    <message>
        <source>Tenant purged</source>
        <translation>Mandant endgültig gelöscht</translation>
    </message>
    <message>
        <source>Tenant user added</source>
        <translation>Mandantenbenutzer hinzugefügt</translation>
    </message>
    <message>
        <source>Tenant user changed</source>
        <translation>Mandantenbenutzer geändert</translation>
    </message>
    <message>
        <source>Quota warning</source>
        <translation>Kontingentwarnung</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation>Kontingent überschritten</translation>
    </message>
    <message>
        <source>Authentication failure</source>
        <translation>Authentifizierungsfehler</translation>
    </message>
    <message>
        <source>Suspected breach</source>
        <translation>Verdacht auf Sicherheitsverletzung</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <source>Alert resolved</source>
        <translation>Alarm behoben</translation>
    </message>
    <message>
        <source>GDPR request received</source>
        <translation>DSGVO-Anfrage eingegangen</translation>
    </message>
    <message>
        <source>GDPR erasure completed</source>
        <translation>DSGVO-Löschung abgeschlossen</translation>
    </message>
    <message>
        <source>GDPR export completed</source>
        <translation>DSGVO-Export abgeschlossen</translation>
    </message>
    <message>
        <source>Backup completed</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <translation>Konfiguration geändert</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Schlüssel rotiert</translation>
    </message>
    <message>
        <source>Checkpoint signed</source>
        <translation>Checkpoint signiert</translation>
    </message>
</context>
<context>
    <name>gc::AuditEvidenceBundle</name>
    <message>
        <source>The audit log has no signed checkpoint yet, so no event can be proved. Sign one first (geoconsole audit checkpoint).</source>
        <translation>Das Audit-Protokoll hat noch keinen signierten Checkpoint, daher kann kein Ereignis nachgewiesen werden. Signieren Sie zuerst einen (geoconsole audit checkpoint).</translation>
    </message>
    <message>
        <source>The %1 selected events are newer than the latest checkpoint, so they cannot be proved yet. Sign a checkpoint first (geoconsole audit checkpoint).</source>
        <translation>Die %1 ausgewählten Ereignisse sind neuer als der neueste Checkpoint und können daher noch nicht nachgewiesen werden. Signieren Sie zuerst einen Checkpoint (geoconsole audit checkpoint).</translation>
    </message>
    <message>
        <source>No event matches the selection.</source>
        <translation>Kein Ereignis entspricht der Auswahl.</translation>
    </message>
    <message>
        <source>Writing the evidence bundle was cancelled.</source>
        <translation>Das Schreiben des Nachweispakets wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Event %1 is damaged, so it cannot be exported as evidence. Run geoconsole audit verify.</source>
        <translation>Ereignis %1 ist beschädigt und kann daher nicht als Nachweis exportiert werden. Führen Sie geoconsole audit verify aus.</translation>
    </message>
    <message>
        <source>Cannot write the evidence bundle “%1”: %2</source>
        <translation>Das Nachweispaket „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the evidence bundle “%1”: %2</source>
        <translation>Das Nachweispaket „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is not a valid evidence bundle: its JSON is broken at byte %1 (%2). It was truncated or edited.</source>
        <translation>Die Datei ist kein gültiges Nachweispaket: Ihr JSON ist bei Byte %1 fehlerhaft (%2). Sie wurde abgeschnitten oder bearbeitet.</translation>
    </message>
    <message>
        <source>The file is not a GeoClimate Console audit evidence bundle.</source>
        <translation>Die Datei ist kein Audit-Nachweispaket der GeoClimate Console.</translation>
    </message>
    <message>
        <source>The evidence bundle has version %1; this program reads version %2.</source>
        <translation>Das Nachweispaket hat die Version %1; dieses Programm liest Version %2.</translation>
    </message>
    <message>
        <source>The evidence bundle lists no public keys.</source>
        <translation>Das Nachweispaket führt keine öffentlichen Schlüssel auf.</translation>
    </message>
    <message>
        <source>a key is not text</source>
        <translation>ein Schlüssel ist kein Text</translation>
    </message>
    <message>
        <source>A public key in the evidence bundle is malformed: %1</source>
        <translation>Ein öffentlicher Schlüssel im Nachweispaket ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The evidence bundle must hold one or two checkpoints.</source>
        <translation>Das Nachweispaket muss einen oder zwei Checkpoints enthalten.</translation>
    </message>
    <message>
        <source>a checkpoint is not text</source>
        <translation>ein Checkpoint ist kein Text</translation>
    </message>
    <message>
        <source>A checkpoint in the evidence bundle is malformed: %1</source>
        <translation>Ein Checkpoint im Nachweispaket ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The checkpoint of %1 events is not signed by the trusted key: %2</source>
        <translation>Der Checkpoint über %1 Ereignisse ist nicht mit dem vertrauenswürdigen Schlüssel signiert: %2</translation>
    </message>
    <message>
        <source>The checkpoint of %1 events is not validly signed: %2</source>
        <translation>Der Checkpoint über %1 Ereignisse ist nicht gültig signiert: %2</translation>
    </message>
    <message>
        <source>The checkpoints in the evidence bundle are not in ascending order of size.</source>
        <translation>Die Checkpoints im Nachweispaket sind nicht aufsteigend nach Größe geordnet.</translation>
    </message>
    <message>
        <source>The consistency proof is malformed: %1</source>
        <translation>Der Konsistenznachweis ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The consistency proof is for other sizes than the two checkpoints.</source>
        <translation>Der Konsistenznachweis gilt für andere Größen als die der beiden Checkpoints.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 events is not consistent with the one of %2 events: %3 The log was rewritten between them.</source>
        <translation>Der Checkpoint über %1 Ereignisse ist nicht konsistent mit dem über %2 Ereignisse: %3 Das Protokoll wurde zwischen den beiden umgeschrieben.</translation>
    </message>
    <message>
        <source>The evidence bundle has a consistency proof but only one checkpoint.</source>
        <translation>Das Nachweispaket hat einen Konsistenznachweis, aber nur einen Checkpoint.</translation>
    </message>
    <message>
        <source>The evidence bundle holds no events.</source>
        <translation>Das Nachweispaket enthält keine Ereignisse.</translation>
    </message>
    <message>
        <source>An event after event %1 has no valid sequence number within the checkpoint&apos;s %2 events.</source>
        <translation>Ein Ereignis nach Ereignis %1 hat keine gültige Sequenznummer innerhalb der %2 Ereignisse des Checkpoints.</translation>
    </message>
    <message>
        <source>Event %1 is out of order in the evidence bundle.</source>
        <translation>Ereignis %1 steht im Nachweispaket an der falschen Stelle.</translation>
    </message>
    <message>
        <source>Event %1: its record or chain hash is not valid base64 of the right size.</source>
        <translation>Ereignis %1: Sein Datensatz oder Ketten-Hash ist kein gültiges Base64 der richtigen Größe.</translation>
    </message>
    <message>
        <source>Event %1 cannot be decoded: %2</source>
        <translation>Ereignis %1 kann nicht decodiert werden: %2</translation>
    </message>
    <message>
        <source>Event %1&apos;s record says it is event %2: the bundle was edited.</source>
        <translation>Der Datensatz von Ereignis %1 gibt an, Ereignis %2 zu sein: Das Paket wurde bearbeitet.</translation>
    </message>
    <message>
        <source>Event %1: its inclusion proof is malformed: %2</source>
        <translation>Ereignis %1: Sein Inklusionsnachweis ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>Event %1: its inclusion proof is for another event or tree size.</source>
        <translation>Ereignis %1: Sein Inklusionsnachweis gilt für ein anderes Ereignis oder eine andere Baumgröße.</translation>
    </message>
    <message>
        <source>Event %1 is not proved to be in the signed log: %2 The record or its proof was altered.</source>
        <translation>Für Ereignis %1 ist nicht nachgewiesen, dass es im signierten Protokoll enthalten ist: %2 Der Datensatz oder sein Nachweis wurde verändert.</translation>
    </message>
    <message>
        <source>Event %1 does not link to event %2 in the hash chain: a chain hash was altered.</source>
        <translation>Ereignis %1 ist in der Hash-Kette nicht mit Ereignis %2 verknüpft: Ein Ketten-Hash wurde verändert.</translation>
    </message>
    <message>
        <source>All %1 events are proved to be in the audit log as signed in the checkpoint of %2 events (%3, key %4).</source>
        <translation>Für alle %1 Ereignisse ist nachgewiesen, dass sie im Audit-Protokoll enthalten sind, wie es im Checkpoint über %2 Ereignisse signiert wurde (%3, Schlüssel %4).</translation>
    </message>
    <message>
        <source>the proof is missing</source>
        <translation>der Nachweis fehlt</translation>
    </message>
    <message>
        <source>it is not an inclusion proof</source>
        <translation>es ist kein Inklusionsnachweis</translation>
    </message>
    <message>
        <source>it is not a consistency proof</source>
        <translation>es ist kein Konsistenznachweis</translation>
    </message>
</context>
<context>
    <name>gc::AuditFilterBar</name>
    <message>
        <source>Search event details (Ctrl+F)</source>
        <translation>Ereignisdetails durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Event type or category</source>
        <translation>Ereignistyp oder Kategorie</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>Akteur-ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resource, e.g. tenant/42 or tenant/</source>
        <translation>Ressource, z. B. tenant/42 oder tenant/</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;quoted phrases&quot; and prefix* work. Personal data is not searched.</source>
        <translation>Alle Wörter müssen vorkommen; &quot;Phrasen in Anführungszeichen&quot; und Präfix* funktionieren. Personenbezogene Daten werden nicht durchsucht.</translation>
    </message>
    <message>
        <source>From (local time, inclusive)</source>
        <translation>Von (Ortszeit, einschließlich)</translation>
    </message>
    <message>
        <source>Until (local time, exclusive)</source>
        <translation>Bis (Ortszeit, ausschließlich)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>%1 (category)</source>
        <translation>%1 (Kategorie)</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>Platform only</source>
        <translation>Nur Plattform</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Warning or critical</source>
        <translation>Warnung oder kritisch</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Failure or denied</source>
        <translation>Fehlschlag oder verweigert</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Wieder alle Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
</context>
<context>
    <name>gc::AuditInclusionCheck</name>
    <message>
        <source>There is no event #%1 in the audit trail.</source>
        <translation>Im Prüfpfad gibt es kein Ereignis #%1.</translation>
    </message>
    <message>
        <source>Event #%1 is newer than the latest signed checkpoint, which covers %2 events. It can be proven once the next checkpoint is signed.</source>
        <translation>Ereignis #%1 ist neuer als der neueste signierte Checkpoint, der %2 Ereignisse abdeckt. Es kann nachgewiesen werden, sobald der nächste Checkpoint signiert ist.</translation>
    </message>
    <message>
        <source>No checkpoint has been signed yet, so event #%1 cannot be proven yet.</source>
        <translation>Es wurde noch kein Checkpoint signiert, daher kann Ereignis #%1 noch nicht nachgewiesen werden.</translation>
    </message>
    <message>
        <source>The latest checkpoint (%1 events) is not validly signed: %2</source>
        <translation>Der neueste Checkpoint (%1 Ereignisse) ist nicht gültig signiert: %2</translation>
    </message>
    <message>
        <source>The proof does not show event #%1 in the signed log of %2 events: %3 The event or the log has been altered.</source>
        <translation>Der Nachweis zeigt Ereignis #%1 nicht im signierten Protokoll mit %2 Ereignissen: %3 Das Ereignis oder das Protokoll wurde verändert.</translation>
    </message>
    <message>
        <source>Event #%1 is part of the log of %2 events whose root hash was signed on %3 with key %4.</source>
        <translation>Ereignis #%1 ist Teil des Protokolls mit %2 Ereignissen, dessen Wurzel-Hash am %3 mit Schlüssel %4 signiert wurde.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>not yet covered by a checkpoint</source>
        <translation>noch von keinem Checkpoint abgedeckt</translation>
    </message>
    <message>
        <source>checkpoint signature invalid</source>
        <translation>Checkpoint-Signatur ungültig</translation>
    </message>
    <message>
        <source>proof failed</source>
        <translation>Nachweis fehlgeschlagen</translation>
    </message>
    <message>
        <source>no such event</source>
        <translation>Ereignis nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>gc::AuditIntegrityMonitor</name>
    <message>
        <source>Audit trail not verified yet</source>
        <translation>Prüfpfad noch nicht verifiziert</translation>
    </message>
    <message>
        <source>Click to verify every event, checkpoint and proof of the audit trail.</source>
        <translation>Klicken, um jedes Ereignis, jeden Checkpoint und jeden Nachweis des Prüfpfads zu verifizieren.</translation>
    </message>
    <message>
        <source>Verifying audit trail… %1 %</source>
        <translation>Prüfpfad wird verifiziert… %1 %</translation>
    </message>
    <message>
        <source>Every event is re-hashed and checked against the chain and the signed checkpoints.</source>
        <translation>Für jedes Ereignis wird der Hash neu berechnet und gegen die Kette und die signierten Checkpoints geprüft.</translation>
    </message>
    <message>
        <source>Audit trail could not be verified</source>
        <translation>Prüfpfad konnte nicht verifiziert werden</translation>
    </message>
    <message>
        <source>, no checkpoint yet</source>
        <translation>, noch kein Checkpoint</translation>
    </message>
    <message>
        <source>Audit trail verified: %1 events%2</source>
        <translation>Prüfpfad verifiziert: %1 Ereignisse%2</translation>
    </message>
    <message>
        <source>Verified in %1 s. Click to verify again.</source>
        <translation>In %1 s verifiziert. Klicken, um erneut zu verifizieren.</translation>
    </message>
    <message>
        <source>Audit trail tampered: %1%2</source>
        <translation>Prüfpfad manipuliert: %1%2</translation>
    </message>
    <message>
        <source>Audit Trail Tampered</source>
        <translation>Prüfpfad manipuliert</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>Erneut &amp;verifizieren</translation>
    </message>
    <message>
        <source>, signed up to event %1</source>
        <translation>, signiert bis Ereignis %1</translation>
    </message>
    <message>
        <source> at event %1</source>
        <translation> bei Ereignis %1</translation>
    </message>
    <message>
        <source> at the checkpoint over %1 events</source>
        <translation> beim Checkpoint über %1 Ereignisse</translation>
    </message>
</context>
<context>
    <name>gc::AuditLog</name>
    <message>
        <source>The audit log is damaged: event %1 is missing. Run “audit verify” to see more.</source>
        <translation>Das Audit-Protokoll ist beschädigt: Ereignis %1 fehlt. Führen Sie „audit verify“ aus, um mehr zu erfahren.</translation>
    </message>
    <message>
        <source>The old signing key “%1” could not be renamed to “%2”; nothing was changed.</source>
        <translation>Der alte Signaturschlüssel „%1“ konnte nicht in „%2“ umbenannt werden; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>gc::AuditOutcome</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
</context>
<context>
    <name>gc::AuditPane</name>
    <message>
        <source>Audit Trail Actions</source>
        <translation>Prüfpfad-Aktionen</translation>
    </message>
    <message>
        <source>Go to event #</source>
        <translation>Gehe zu Ereignis #</translation>
    </message>
    <message>
        <source>Show the event with this sequence number in the details below</source>
        <translation>Das Ereignis mit dieser Sequenznummer unten in den Details anzeigen</translation>
    </message>
    <message>
        <source>&amp;Live Tail</source>
        <translation>&amp;Live-Verfolgung</translation>
    </message>
    <message>
        <source>Follow new events as they are logged (Ctrl+L)</source>
        <translation>Neue Ereignisse verfolgen, sobald sie protokolliert werden (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Prove Inclusion…</source>
        <translation>&amp;Inklusion nachweisen…</translation>
    </message>
    <message>
        <source>Prove the selected event is in the signed log (Ctrl+I)</source>
        <translation>Nachweisen, dass das ausgewählte Ereignis im signierten Protokoll enthalten ist (Strg+I)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The audit trail could not be read.
%1</source>
        <translation>Der Prüfpfad konnte nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>Keine Ereignisse entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>The audit trail has no events yet.</source>
        <translation>Der Prüfpfad enthält noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Only Actor %1</source>
        <translation>Nur Akteur %1</translation>
    </message>
    <message>
        <source>Only Tenant %1</source>
        <translation>Nur Mandant %1</translation>
    </message>
    <message>
        <source>Only Event %1</source>
        <translation>Nur Ereignis %1</translation>
    </message>
    <message>
        <source>Only Resource %1</source>
        <translation>Nur Ressource %1</translation>
    </message>
    <message>
        <source>Tenant #%1</source>
        <translation>Mandant #%1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the events the filter selects to a file</source>
        <translation>Die vom Filter ausgewählten Ereignisse in eine Datei exportieren</translation>
    </message>
</context>
<context>
    <name>gc::AuditProofDialog</name>
    <message>
        <source>Copy &amp;Proof</source>
        <translation>&amp;Nachweis kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Checkpoint</source>
        <translation>&amp;Checkpoint kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>Inclusion Proof — Event #%1</source>
        <translation>Inklusionsnachweis — Ereignis #%1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Reading the latest signed checkpoint and the proof of event #%1…</source>
        <translation>Der neueste signierte Checkpoint und der Nachweis für Ereignis #%1 werden gelesen…</translation>
    </message>
    <message>
        <source>No proof</source>
        <translation>Kein Nachweis</translation>
    </message>
    <message>
        <source>Leaf hash:</source>
        <translation>Blatt-Hash:</translation>
    </message>
    <message>
        <source>Tree size:</source>
        <translation>Baumgröße:</translation>
    </message>
    <message>
        <source>Root hash:</source>
        <translation>Wurzel-Hash:</translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation>Checkpoint:</translation>
    </message>
    <message>
        <source>Proof hashes:</source>
        <translation>Nachweis-Hashes:</translation>
    </message>
    <message>
        <source>Signed checkpoint:</source>
        <translation>Signierter Checkpoint:</translation>
    </message>
    <message>
        <source>The proof in its compact binary form, base64-encoded</source>
        <translation>Der Nachweis in seiner kompakten Binärform, Base64-codiert</translation>
    </message>
    <message>
        <source>✔ Inclusion %1</source>
        <translation>✔ Inklusion %1</translation>
    </message>
    <message>
        <source>Not proven: %1</source>
        <translation>Nicht nachgewiesen: %1</translation>
    </message>
    <message>
        <source>✘ Tampering: %1</source>
        <translation>✘ Manipulation: %1</translation>
    </message>
    <message>
        <source>The leaf hash the store lists differs from the one computed from the record: the record was changed after it was logged.</source>
        <translation>Der im Datenspeicher verzeichnete Blatt-Hash weicht von dem aus dem Datensatz berechneten ab: Der Datensatz wurde nach seiner Protokollierung verändert.</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>signed %1 UTC with key %2</source>
        <translation>signiert am %1 UTC mit Schlüssel %2</translation>
    </message>
    <message>
        <source>The proof could not be checked</source>
        <translation>Der Nachweis konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Inclusion proof of audit event #%1</source>
        <translation>Inklusionsnachweis für Audit-Ereignis #%1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Leaf index: %1</source>
        <translation>Blattindex: %1</translation>
    </message>
    <message>
        <source>Leaf hash: %1</source>
        <translation>Blatt-Hash: %1</translation>
    </message>
    <message>
        <source>Tree size: %1</source>
        <translation>Baumgröße: %1</translation>
    </message>
    <message>
        <source>Root hash: %1</source>
        <translation>Wurzel-Hash: %1</translation>
    </message>
    <message numerus="yes">
        <source>Proof (%n hash(es)):</source>
        <translation>
            <numerusform>Nachweis (%n Hash):</numerusform>
            <numerusform>Nachweis (%n Hashes):</numerusform>
        </translation>
    </message>
    <message>
        <source>Proof (base64): %1</source>
        <translation>Nachweis (Base64): %1</translation>
    </message>
</context>
<context>
    <name>gc::AuditSeverity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>gc::AuditTree</name>
    <message>
        <source>Audit event %1 is missing from the store.</source>
        <translation>Audit-Ereignis %1 fehlt im Datenspeicher.</translation>
    </message>
    <message>
        <source>The audit log has %1 events, not %2.</source>
        <translation>Das Audit-Protokoll hat %1 Ereignisse, nicht %2.</translation>
    </message>
    <message>
        <source>There is no audit event %1.</source>
        <translation>Es gibt kein Audit-Ereignis %1.</translation>
    </message>
</context>
<context>
    <name>gc::AuditVerifier</name>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Die Verifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The signature of %1 is not valid with the trusted keys: %2 The log may have been rebuilt and re-signed by someone else; the events it covers are not proved.</source>
        <translation>Die Signatur des Checkpoints (%1) ist mit den vertrauenswürdigen Schlüsseln nicht gültig: %2 Das Protokoll wurde möglicherweise von jemand anderem neu aufgebaut und neu signiert; die davon abgedeckten Ereignisse sind nicht nachgewiesen.</translation>
    </message>
    <message>
        <source>The signature of the saved %1 is not valid with the log&apos;s public keys: %2 The log&apos;s key list was replaced, or the saved checkpoint is not from this log.</source>
        <translation>Die Signatur des gespeicherten Checkpoints (%1) ist mit den öffentlichen Schlüsseln des Protokolls nicht gültig: %2 Die Schlüsselliste des Protokolls wurde ersetzt, oder der gespeicherte Checkpoint stammt nicht aus diesem Protokoll.</translation>
    </message>
    <message>
        <source>The signature of %1 is not valid with the log&apos;s own public keys: %2 The checkpoint was altered or forged; the events it covers are not proved.</source>
        <translation>Die Signatur des Checkpoints (%1) ist mit den eigenen öffentlichen Schlüsseln des Protokolls nicht gültig: %2 Der Checkpoint wurde verändert oder gefälscht; die davon abgedeckten Ereignisse sind nicht nachgewiesen.</translation>
    </message>
    <message>
        <source>The log was truncated after checkpoint %1: it ends at event %2, but %3 says it held %4 events. Events %5 to %4 were removed.</source>
        <translation>Das Protokoll wurde nach Checkpoint %1 gekürzt: Es endet bei Ereignis %2, aber laut Checkpoint (%3) enthielt es %4 Ereignisse. Die Ereignisse %5 bis %4 wurden entfernt.</translation>
    </message>
    <message>
        <source>The log no longer matches the saved checkpoint: its first %1 events now hash to another root than %2 says. The log was rebuilt or rolled back and rewritten; an event from %3 on was changed.</source>
        <translation>Das Protokoll stimmt nicht mehr mit dem gespeicherten Checkpoint überein: Seine ersten %1 Ereignisse ergeben jetzt einen anderen Wurzel-Hash, als der Checkpoint (%2) angibt. Das Protokoll wurde neu aufgebaut oder zurückgesetzt und neu geschrieben; ein Ereignis ab %3 wurde verändert.</translation>
    </message>
    <message>
        <source>The log forked: its first %1 events hash to another root than %2 says, although each event fits its chain hash. The log was rebuilt with recomputed hashes; an event from %3 on was changed.</source>
        <translation>Das Protokoll hat sich verzweigt: Seine ersten %1 Ereignisse ergeben einen anderen Wurzel-Hash, als der Checkpoint (%2) angibt, obwohl jedes Ereignis zu seinem Ketten-Hash passt. Das Protokoll wurde mit neu berechneten Hashes neu aufgebaut; ein Ereignis ab %3 wurde verändert.</translation>
    </message>
    <message>
        <source>The log was truncated: it ends at event %1, but a stored subtree hash covers events %2 to %3. Events after %1 were removed.</source>
        <translation>Das Protokoll wurde gekürzt: Es endet bei Ereignis %1, aber ein gespeicherter Teilbaum-Hash deckt die Ereignisse %2 bis %3 ab. Ereignisse nach %1 wurden entfernt.</translation>
    </message>
    <message>
        <source>The stored hash of events %1 to %2 is wrong. The events themselves are intact, but inclusion and consistency proofs the log serves for them would not verify.</source>
        <translation>Der gespeicherte Hash der Ereignisse %1 bis %2 ist falsch. Die Ereignisse selbst sind intakt, aber Inklusions- und Konsistenznachweise, die das Protokoll für sie liefert, würden die Verifizierung nicht bestehen.</translation>
    </message>
    <message>
        <source>The personal data stored with event %1 is not what its record committed to: it was altered after the event was logged. The event itself is intact.</source>
        <translation>Die mit Ereignis %1 gespeicherten personenbezogenen Daten entsprechen nicht dem Commitment in seinem Datensatz: Sie wurden nach der Protokollierung des Ereignisses verändert. Das Ereignis selbst ist intakt.</translation>
    </message>
    <message>
        <source>The audit log is empty; %1 checkpoints checked.</source>
        <translation>Das Audit-Protokoll ist leer; %1 Checkpoints geprüft.</translation>
    </message>
    <message>
        <source>All %1 events verified: every record, column and chain hash, %2 checkpoints, the stored subtree hashes and %3 personal parts. No tampering found.</source>
        <translation>Alle %1 Ereignisse verifiziert: jeder Datensatz, jede Spalte und jeder Ketten-Hash, %2 Checkpoints, die gespeicherten Teilbaum-Hashes und %3 personenbezogene Teile. Keine Manipulation gefunden.</translation>
    </message>
    <message>
        <source>Event %1 cannot be decoded: %2 Its stored bytes were altered, so none of its contents can be trusted, and every checkpoint from this event on no longer matches.</source>
        <translation>Ereignis %1 kann nicht decodiert werden: %2 Seine gespeicherten Bytes wurden verändert, daher ist keinem seiner Inhalte zu trauen, und kein Checkpoint ab diesem Ereignis stimmt mehr überein.</translation>
    </message>
    <message>
        <source>Event %1 was modified: its stored column “%2” differs from the value in its hashed record. Searches and reports that filter by this column show a falsified value; the record itself is intact.</source>
        <translation>Ereignis %1 wurde verändert: Seine gespeicherte Spalte „%2“ weicht vom Wert in seinem gehashten Datensatz ab. Suchen und Berichte, die nach dieser Spalte filtern, zeigen einen gefälschten Wert; der Datensatz selbst ist intakt.</translation>
    </message>
    <message>
        <source>Event %1 was deleted: the sequence jumps from %2 to %3. Whatever it recorded is gone, and every checkpoint from it on no longer matches the log.</source>
        <translation>Ereignis %1 wurde gelöscht: Die Sequenz springt von %2 auf %3. Was immer es erfasst hatte, ist verloren, und kein Checkpoint ab diesem Ereignis stimmt mehr mit dem Protokoll überein.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were deleted: the sequence jumps from %3 to %4. Whatever they recorded is gone, and every checkpoint from them on no longer matches the log.</source>
        <translation>Die Ereignisse %1 bis %2 wurden gelöscht: Die Sequenz springt von %3 auf %4. Was immer sie erfasst hatten, ist verloren, und kein Checkpoint ab diesen Ereignissen stimmt mehr mit dem Protokoll überein.</translation>
    </message>
    <message>
        <source>Event %1 was modified: its record now claims sequence number %2 and no longer matches its chain hash. The event&apos;s contents cannot be trusted, and every checkpoint from it on no longer matches.</source>
        <translation>Ereignis %1 wurde verändert: Sein Datensatz gibt jetzt die Sequenznummer %2 an und passt nicht mehr zu seinem Ketten-Hash. Dem Inhalt des Ereignisses ist nicht zu trauen, und kein Checkpoint ab diesem Ereignis stimmt mehr überein.</translation>
    </message>
    <message>
        <source>Event %1 was inserted: the row holds a copy of event %2, which belongs earlier in the log.</source>
        <translation>Ereignis %1 wurde eingefügt: Die Zeile enthält eine Kopie von Ereignis %2, das weiter vorne im Protokoll steht.</translation>
    </message>
    <message>
        <source>Events were reordered: position %1 holds event %2, and event %1 was moved to position %3. The order of events (and so what happened first) was falsified; every checkpoint from event %1 on no longer matches.</source>
        <translation>Ereignisse wurden umgeordnet: An Position %1 steht Ereignis %2, und Ereignis %1 wurde an Position %3 verschoben. Die Reihenfolge der Ereignisse (und damit, was zuerst geschah) wurde gefälscht; kein Checkpoint ab Ereignis %1 stimmt mehr überein.</translation>
    </message>
    <message>
        <source>Event %1 was deleted and the events after it renumbered: position %1 holds event %2. Whatever the missing events recorded is gone, and every checkpoint from them on no longer matches.</source>
        <translation>Ereignis %1 wurde gelöscht und die nachfolgenden Ereignisse wurden neu nummeriert: An Position %1 steht Ereignis %2. Was immer die fehlenden Ereignisse erfasst hatten, ist verloren, und kein Checkpoint ab diesen Ereignissen stimmt mehr überein.</translation>
    </message>
    <message>
        <source>An event was inserted at position %1: the events after it were renumbered and the original event %1 now sits at %2. The inserted event was never logged; every checkpoint from it on no longer matches.</source>
        <translation>An Position %1 wurde ein Ereignis eingefügt: Die nachfolgenden Ereignisse wurden neu nummeriert, und das ursprüngliche Ereignis %1 steht jetzt an Position %2. Das eingefügte Ereignis wurde nie protokolliert; kein Checkpoint ab diesem Ereignis stimmt mehr überein.</translation>
    </message>
    <message>
        <source>%1 events were inserted from position %2 on: the original event %2 now sits at %3. The inserted events were never logged; every checkpoint from them on no longer matches.</source>
        <translation>Ab Position %2 wurden %1 Ereignisse eingefügt: Das ursprüngliche Ereignis %2 steht jetzt an Position %3. Die eingefügten Ereignisse wurden nie protokolliert; kein Checkpoint ab diesen Ereignissen stimmt mehr überein.</translation>
    </message>
    <message>
        <source>Event %1, the last one, does not fit the hash chain: it was appended by something other than the audit log (or changed before any checkpoint covered it). It cannot be trusted.</source>
        <translation>Ereignis %1, das letzte, passt nicht in die Hash-Kette: Es wurde nicht vom Audit-Protokoll angehängt (oder verändert, bevor ein Checkpoint es abdeckte). Ihm ist nicht zu trauen.</translation>
    </message>
    <message>
        <source>Event %1, the last one, was modified: its record or its chain hash was altered, so they no longer match. The event&apos;s contents cannot be trusted.</source>
        <translation>Ereignis %1, das letzte, wurde verändert: Sein Datensatz oder sein Ketten-Hash wurde geändert, sodass beide nicht mehr zusammenpassen. Dem Inhalt des Ereignisses ist nicht zu trauen.</translation>
    </message>
    <message>
        <source>Event %1 was modified: its record no longer matches its chain hash. The event&apos;s contents cannot be trusted, and every checkpoint from it on no longer matches.</source>
        <translation>Ereignis %1 wurde verändert: Sein Datensatz passt nicht mehr zu seinem Ketten-Hash. Dem Inhalt des Ereignisses ist nicht zu trauen, und kein Checkpoint ab diesem Ereignis stimmt mehr überein.</translation>
    </message>
    <message>
        <source>Event %1 was modified: its stored chain hash is not the hash of its record and the event before it. The link between the events was altered; every checkpoint from it on no longer matches.</source>
        <translation>Ereignis %1 wurde verändert: Sein gespeicherter Ketten-Hash ist nicht der Hash aus seinem Datensatz und dem vorangehenden Ereignis. Die Verknüpfung zwischen den Ereignissen wurde verändert; kein Checkpoint ab diesem Ereignis stimmt mehr überein.</translation>
    </message>
    <message>
        <source>the checkpoint of %1 events signed %2</source>
        <translation>%1 Ereignisse, signiert am %2</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>verändert</translation>
    </message>
    <message>
        <source>event deleted</source>
        <translation>Ereignis gelöscht</translation>
    </message>
    <message>
        <source>event inserted</source>
        <translation>Ereignis eingefügt</translation>
    </message>
    <message>
        <source>events reordered</source>
        <translation>Ereignisse umsortiert</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>rebuilt or forked</source>
        <translation>neu aufgebaut oder abgezweigt</translation>
    </message>
    <message>
        <source>bad checkpoint signature</source>
        <translation>ungültige Checkpoint-Signatur</translation>
    </message>
    <message>
        <source>inconsistent checkpoints</source>
        <translation>widersprüchliche Checkpoints</translation>
    </message>
    <message>
        <source>bad stored subtree</source>
        <translation>falscher gespeicherter Teilbaum</translation>
    </message>
    <message>
        <source>personal data altered</source>
        <translation>personenbezogene Daten verändert</translation>
    </message>
    <message>
        <source>undecodable record</source>
        <translation>nicht lesbarer Datensatz</translation>
    </message>
</context>
<context>
    <name>gc::ChangePasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
</context>
<context>
    <name>gc::ChangeTierDialog</name>
    <message>
        <source>&amp;Change Tier</source>
        <translation>Tarif ä&amp;ndern</translation>
    </message>
    <message>
        <source>Change Tier of %1</source>
        <translation>Tarif von %1 ändern</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source> / month</source>
        <translation> / Monat</translation>
    </message>
    <message>
        <source>Current tier: %1</source>
        <translation>Aktueller Tarif: %1</translation>
    </message>
    <message>
        <source>New &amp;tier:</source>
        <translation>Neuer &amp;Tarif:</translation>
    </message>
    <message>
        <source>Custom &amp;price:</source>
        <translation>Individueller &amp;Preis:</translation>
    </message>
    <message>
        <source>Choose a different tier.</source>
        <translation>Wählen Sie einen anderen Tarif.</translation>
    </message>
    <message>
        <source>The change cannot be checked.</source>
        <translation>Die Änderung kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The tenant&apos;s current usage fits the new tier.</source>
        <translation>Die aktuelle Nutzung des Mandanten passt in den neuen Tarif.</translation>
    </message>
    <message>
        <source>This change is not possible:</source>
        <translation>Diese Änderung ist nicht möglich:</translation>
    </message>
</context>
<context>
    <name>gc::Checkpoint</name>
    <message>
        <source>This is not a valid audit checkpoint: %1</source>
        <translation>Dies ist kein gültiger Audit-Checkpoint: %1</translation>
    </message>
    <message>
        <source>it does not end with a line break.</source>
        <translation>Er endet nicht mit einem Zeilenumbruch.</translation>
    </message>
    <message>
        <source>it must have five lines, a blank line and a signature line.</source>
        <translation>Er muss aus fünf Zeilen, einer Leerzeile und einer Signaturzeile bestehen.</translation>
    </message>
    <message>
        <source>the first line is not &quot;%1&quot;.</source>
        <translation>Die erste Zeile lautet nicht „%1“.</translation>
    </message>
    <message>
        <source>the tree size is not a plain decimal number.</source>
        <translation>Die Baumgröße ist keine einfache Dezimalzahl.</translation>
    </message>
    <message>
        <source>the root hash is not 32 bytes in base64.</source>
        <translation>Der Wurzel-Hash besteht nicht aus 32 Bytes in Base64.</translation>
    </message>
    <message>
        <source>the time is not a plain decimal number of seconds.</source>
        <translation>Die Zeit ist keine einfache Dezimalzahl von Sekunden.</translation>
    </message>
    <message>
        <source>the key id is not 16 lowercase hex digits.</source>
        <translation>Die Schlüssel-ID besteht nicht aus 16 kleingeschriebenen Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>the last line does not start with &quot;sig &quot;.</source>
        <translation>Die letzte Zeile beginnt nicht mit „sig “.</translation>
    </message>
    <message>
        <source>the signature is not 64 bytes in base64.</source>
        <translation>Die Signatur besteht nicht aus 64 Bytes in Base64.</translation>
    </message>
    <message>
        <source>The checkpoint signature is valid.</source>
        <translation>Die Signatur des Checkpoints ist gültig.</translation>
    </message>
    <message>
        <source>The checkpoint has a field out of range.</source>
        <translation>Ein Feld des Checkpoints liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The checkpoint was signed by a key that is not in the key ring.</source>
        <translation>Der Checkpoint wurde mit einem Schlüssel signiert, der nicht im Schlüsselbund ist.</translation>
    </message>
    <message>
        <source>The checkpoint names a different signing key than the one given.</source>
        <translation>Der Checkpoint nennt einen anderen Signaturschlüssel als den angegebenen.</translation>
    </message>
    <message>
        <source>The checkpoint signature does not match its content: it was altered or forged.</source>
        <translation>Die Signatur des Checkpoints passt nicht zu seinem Inhalt: Er wurde verändert oder gefälscht.</translation>
    </message>
</context>
<context>
    <name>gc::ComplianceReport</name>
    <message>
        <source>Events picked at an even stride over the period, so anyone re-running the report on the same log gets the same sample. Actors are shown by their pseudonymous id only.</source>
        <translation>Ereignisse in gleichmäßigen Abständen über den Zeitraum ausgewählt, sodass jeder, der den Bericht auf demselben Protokoll erneut erstellt, dieselbe Stichprobe erhält. Akteure werden nur mit ihrer pseudonymen ID angezeigt.</translation>
    </message>
    <message>
        <source>How this report proves that it saw every event of the period and that the log was not altered: the exact query, the first and last sequence numbers with a gap check, the signed checkpoints before and after the period with the consistency proof between them, and a full re-hash of every event in the log.</source>
        <translation>Wie dieser Bericht nachweist, dass er jedes Ereignis des Zeitraums erfasst hat und das Protokoll nicht verändert wurde: die genaue Abfrage, die erste und letzte Sequenznummer mit Lückenprüfung, die signierten Checkpoints vor und nach dem Zeitraum mit dem Konsistenznachweis zwischen ihnen und eine vollständige Hash-Neuberechnung jedes Ereignisses im Protokoll.</translation>
    </message>
    <message>
        <source>SOC 2 (Trust Services Criteria CC6, CC7)</source>
        <translation>SOC 2 (Trust Services Criteria CC6, CC7)</translation>
    </message>
    <message>
        <source>GDPR (records of processing and data subject requests)</source>
        <translation>DSGVO (Verarbeitungsverzeichnis und Betroffenenanfragen)</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 (A.8.15 Logging, A.8.16 Monitoring)</source>
        <translation>ISO/IEC 27001:2022 (A.8.15 Protokollierung, A.8.16 Überwachungstätigkeiten)</translation>
    </message>
    <message>
        <source>Activity recorded in the period</source>
        <translation>Im Zeitraum erfasste Aktivitäten</translation>
    </message>
    <message>
        <source>The entity monitors system components for anomalies. Every operator, data, API, tenant, security, GDPR and system event of the period, counted by category, type and outcome.</source>
        <translation>Die Organisation überwacht Systemkomponenten auf Anomalien. Alle Bediener-, Daten-, API-, Mandanten-, Sicherheits-, DSGVO- und Systemereignisse des Zeitraums, gezählt nach Kategorie, Typ und Ergebnis.</translation>
    </message>
    <message>
        <source>Logical access security: access failures</source>
        <translation>Logische Zugriffssicherheit: fehlgeschlagene Zugriffe</translation>
    </message>
    <message>
        <source>Logical access controls are enforced: failed sign-ins, authentication failures of API clients and actions refused by the permission matrix.</source>
        <translation>Logische Zugriffskontrollen werden durchgesetzt: fehlgeschlagene Anmeldungen, Authentifizierungsfehler von API-Clients und von der Berechtigungsmatrix abgelehnte Aktionen.</translation>
    </message>
    <message>
        <source>Registration, authorization and removal of access</source>
        <translation>Registrierung, Autorisierung und Entzug von Zugriffsrechten</translation>
    </message>
    <message>
        <source>Access is granted, changed and removed only with authorization: operator role changes, tenant offboarding and purges, signing-key rotation and configuration changes.</source>
        <translation>Zugriff wird nur mit Autorisierung gewährt, geändert und entzogen: Rollenänderungen von Bedienern, Offboarding und endgültige Löschung von Mandanten, Rotation des Signaturschlüssels und Konfigurationsänderungen.</translation>
    </message>
    <message>
        <source>Security events: detection and evaluation</source>
        <translation>Sicherheitsereignisse: Erkennung und Bewertung</translation>
    </message>
    <message>
        <source>Anomalies raise alerts, and each alert is evaluated and resolved with a written resolution. Alerts raised or resolved in the period, with time to resolve.</source>
        <translation>Anomalien lösen Alarme aus, und jeder Alarm wird bewertet und mit einer schriftlichen Begründung als behoben markiert. Im Zeitraum ausgelöste oder behobene Alarme, mit der Zeit bis zur Behebung.</translation>
    </message>
    <message>
        <source>Sample events</source>
        <translation>Stichprobe von Ereignissen</translation>
    </message>
    <message>
        <source>Completeness and integrity of this evidence</source>
        <translation>Vollständigkeit und Integrität dieses Nachweises</translation>
    </message>
    <message>
        <source>Records of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>The processing performed in the period: data reads, exports, changes and deletions, and predictions requested through the API, by tenant.</source>
        <translation>Die im Zeitraum durchgeführte Verarbeitung: Lesen, Exportieren, Ändern und Löschen von Daten sowie über die API angeforderte Vorhersagen, nach Mandant.</translation>
    </message>
    <message>
        <source>All activity recorded in the period</source>
        <translation>Alle im Zeitraum erfassten Aktivitäten</translation>
    </message>
    <message>
        <source>Every event of the period, counted by category, type and outcome.</source>
        <translation>Alle Ereignisse des Zeitraums, gezählt nach Kategorie, Typ und Ergebnis.</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Betroffenenanfragen</translation>
    </message>
    <message>
        <source>Requests for access (Art. 15), rectification (Art. 16), erasure (Art. 17) and data portability (Art. 20) received and completed in the period.</source>
        <translation>Im Zeitraum eingegangene und abgeschlossene Anträge auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17) und Datenübertragbarkeit (Art. 20).</translation>
    </message>
    <message>
        <source>Accountability: privileged actions</source>
        <translation>Rechenschaftspflicht: privilegierte Aktionen</translation>
    </message>
    <message>
        <source>Changes to who may process personal data and how: operator role changes, tenant offboarding and purges, key rotation and configuration changes.</source>
        <translation>Änderungen daran, wer personenbezogene Daten wie verarbeiten darf: Rollenänderungen von Bedienern, Offboarding und endgültige Löschung von Mandanten, Schlüsselrotation und Konfigurationsänderungen.</translation>
    </message>
    <message>
        <source>Security of processing: access failures</source>
        <translation>Sicherheit der Verarbeitung: fehlgeschlagene Zugriffe</translation>
    </message>
    <message>
        <source>Attempts to reach the system or data that were refused: failed sign-ins, authentication failures and denied actions.</source>
        <translation>Abgewiesene Versuche, auf das System oder auf Daten zuzugreifen: fehlgeschlagene Anmeldungen, Authentifizierungsfehler und verweigerte Aktionen.</translation>
    </message>
    <message>
        <source>Security alerts and their handling</source>
        <translation>Sicherheitsalarme und ihre Bearbeitung</translation>
    </message>
    <message>
        <source>Alerts raised or resolved in the period. A suspected personal data breach among them starts the 72-hour notification period of Art. 33.</source>
        <translation>Im Zeitraum ausgelöste oder behobene Alarme. Ist darunter ein Verdacht auf eine Verletzung des Schutzes personenbezogener Daten, beginnt die 72-Stunden-Meldefrist nach Art. 33.</translation>
    </message>
    <message>
        <source>Completeness and integrity of this record</source>
        <translation>Vollständigkeit und Integrität dieses Verzeichnisses</translation>
    </message>
    <message>
        <source>Logging: events recorded in the period</source>
        <translation>Protokollierung: im Zeitraum erfasste Ereignisse</translation>
    </message>
    <message>
        <source>Logs that record activities, exceptions, faults and other relevant events are produced. Every event of the period, counted by category, type and outcome.</source>
        <translation>Protokolle, die Aktivitäten, Ausnahmen, Fehler und andere relevante Ereignisse aufzeichnen, werden erstellt. Alle Ereignisse des Zeitraums, gezählt nach Kategorie, Typ und Ergebnis.</translation>
    </message>
    <message>
        <source>Privileged access rights: privileged actions</source>
        <translation>Privilegierte Zugangsrechte: privilegierte Aktionen</translation>
    </message>
    <message>
        <source>The use of privileged access is logged: operator role changes, tenant offboarding and purges, signing-key rotation and configuration changes.</source>
        <translation>Die Nutzung privilegierter Zugänge wird protokolliert: Rollenänderungen von Bedienern, Offboarding und endgültige Löschung von Mandanten, Rotation des Signaturschlüssels und Konfigurationsänderungen.</translation>
    </message>
    <message>
        <source>Secure authentication: access failures</source>
        <translation>Sichere Authentifizierung: fehlgeschlagene Zugriffe</translation>
    </message>
    <message>
        <source>Unsuccessful and refused access attempts, monitored for anomalous behaviour: failed sign-ins, authentication failures and denied actions.</source>
        <translation>Erfolglose und abgewiesene Zugriffsversuche, überwacht auf anomales Verhalten: fehlgeschlagene Anmeldungen, Authentifizierungsfehler und verweigerte Aktionen.</translation>
    </message>
    <message>
        <source>Monitoring activities: alerts and their handling</source>
        <translation>Überwachungstätigkeiten: Alarme und ihre Bearbeitung</translation>
    </message>
    <message>
        <source>Networks, systems and applications are monitored for anomalous behaviour and potential incidents are evaluated. Alerts raised or resolved in the period, with their resolution and time to resolve.</source>
        <translation>Netzwerke, Systeme und Anwendungen werden auf anomales Verhalten überwacht, und mögliche Vorfälle werden bewertet. Im Zeitraum ausgelöste oder behobene Alarme, mit ihrer Behebung und der Zeit bis zur Behebung.</translation>
    </message>
    <message>
        <source>Protection of log information: completeness and integrity</source>
        <translation>Schutz von Protokollinformationen: Vollständigkeit und Integrität</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Dieser Monat bis heute</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Dieses Quartal bis heute</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
</context>
<context>
    <name>gc::ComplianceReportBuilder</name>
    <message>
        <source>The compliance report was cancelled.</source>
        <translation>Der Compliance-Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sample size must be between 0 and 1000 events.</source>
        <translation>Der Stichprobenumfang muss zwischen 0 und 1000 Ereignissen liegen.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Der Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>The period has not started yet.</source>
        <translation>Der Zeitraum hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Reading the period&apos;s events</source>
        <translation>Ereignisse des Zeitraums werden gelesen</translation>
    </message>
    <message>
        <source>Counting the period&apos;s events</source>
        <translation>Ereignisse des Zeitraums werden gezählt</translation>
    </message>
    <message>
        <source>Checking checkpoints</source>
        <translation>Checkpoints werden geprüft</translation>
    </message>
    <message>
        <source>Re-hashing the whole log</source>
        <translation>Hashes des gesamten Protokolls werden neu berechnet</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Bericht fertig</translation>
    </message>
</context>
<context>
    <name>gc::ComplianceReportCsv</name>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The CSV export was cancelled.</source>
        <translation>Der CSV-Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>gc::ComplianceReportHtml</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Event, outcome</source>
        <translation>Ereignis, Ergebnis</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Tenant, resource</source>
        <translation>Mandant, Ressource</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 in total; the first %2 are listed. The CSV export lists every event of the period.</source>
        <translation>Insgesamt %1; die ersten %2 sind aufgeführt. Der CSV-Export führt alle Ereignisse des Zeitraums auf.</translation>
    </message>
    <message>
        <source>%1 in total, all listed.</source>
        <translation>Insgesamt %1, alle aufgeführt.</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>By outcome and severity</source>
        <translation>Nach Ergebnis und Schweregrad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>By event type</source>
        <translation>Nach Ereignistyp</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Keine Ereignisse in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verarbeitungstätigkeit</translation>
    </message>
    <message>
        <source>Events by tenant</source>
        <translation>Ereignisse nach Mandant</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>%1 tenants in total; the %2 with the most events are listed.</source>
        <translation>Insgesamt %1 Mandanten; die %2 mit den meisten Ereignissen sind aufgeführt.</translation>
    </message>
    <message>
        <source>Alerts raised in the period</source>
        <translation>Im Zeitraum ausgelöste Alarme</translation>
    </message>
    <message>
        <source>Alerts resolved in the period</source>
        <translation>Im Zeitraum behobene Alarme</translation>
    </message>
    <message>
        <source>Raised in the period and still open</source>
        <translation>Im Zeitraum ausgelöst und noch offen</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Median der Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Security events (all types)</source>
        <translation>Sicherheitsereignisse (alle Typen)</translation>
    </message>
    <message>
        <source>No alert was raised or resolved in this period.</source>
        <translation>In diesem Zeitraum wurde kein Alarm ausgelöst oder behoben.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Raised (UTC)</source>
        <translation>Ausgelöst (UTC)</translation>
    </message>
    <message>
        <source>Rule and summary</source>
        <translation>Regel und Zusammenfassung</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Resolved %1 by %2:</source>
        <translation>Behoben am %1 von %2:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1 events, signed %2 with key %3</source>
        <translation>%1 Ereignisse, signiert am %2 mit Schlüssel %3</translation>
    </message>
    <message>
        <source>Root hash (base64):</source>
        <translation>Wurzel-Hash (Base64):</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation>Signatur NICHT gültig: %1</translation>
    </message>
    <message>
        <source>Complete and intact: every check below passed.</source>
        <translation>Vollständig und intakt: Alle folgenden Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <source>Not proven complete: at least one check below failed.</source>
        <translation>Vollständigkeit nicht nachgewiesen: Mindestens eine der folgenden Prüfungen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>every stored row with sequence number %1 to %2, in one scan; the range is where the query&apos;s time bounds fall, as times never decrease along the log</source>
        <translation>jede gespeicherte Zeile mit Sequenznummer %1 bis %2, in einem Durchlauf; der Bereich ergibt sich aus den Zeitgrenzen der Abfrage, da die Zeiten entlang des Protokolls nie abnehmen</translation>
    </message>
    <message>
        <source>Events logged before the period</source>
        <translation>Vor dem Zeitraum protokollierte Ereignisse</translation>
    </message>
    <message>
        <source>First sequence number in the period</source>
        <translation>Erste Sequenznummer im Zeitraum</translation>
    </message>
    <message>
        <source>none (no events)</source>
        <translation>keine (keine Ereignisse)</translation>
    </message>
    <message>
        <source>Last sequence number in the period</source>
        <translation>Letzte Sequenznummer im Zeitraum</translation>
    </message>
    <message>
        <source>Expected events (last - first + 1)</source>
        <translation>Erwartete Ereignisse (letzte - erste + 1)</translation>
    </message>
    <message>
        <source>Events read, one by one, in sequence order</source>
        <translation>Gelesene Ereignisse, einzeln, in Sequenzreihenfolge</translation>
    </message>
    <message>
        <source>Events counted by the store for the query</source>
        <translation>Vom Datenspeicher für die Abfrage gezählte Ereignisse</translation>
    </message>
    <message>
        <source>Gap check</source>
        <translation>Lückenprüfung</translation>
    </message>
    <message>
        <source>No gaps: every sequence number from first to last was read exactly once.</source>
        <translation>Keine Lücken: Jede Sequenznummer von der ersten bis zur letzten wurde genau einmal gelesen.</translation>
    </message>
    <message>
        <source>Gap: sequence number %1 was not read.</source>
        <translation>Lücke: Sequenznummer %1 wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The counts disagree.</source>
        <translation>Die Zählungen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Query and sequence range</source>
        <translation>Abfrage und Sequenzbereich</translation>
    </message>
    <message>
        <source>Start checkpoint (at or before the period&apos;s start)</source>
        <translation>Start-Checkpoint (am oder vor dem Beginn des Zeitraums)</translation>
    </message>
    <message>
        <source>None precedes the period; the proof starts from the empty log (0 events), whose root is fixed.</source>
        <translation>Keiner liegt vor dem Zeitraum; der Nachweis beginnt beim leeren Protokoll (0 Ereignisse), dessen Wurzel-Hash feststeht.</translation>
    </message>
    <message>
        <source>End checkpoint (first to include the period&apos;s end)</source>
        <translation>End-Checkpoint (der erste, der das Ende des Zeitraums einschließt)</translation>
    </message>
    <message>
        <source>No signed checkpoint includes event %1 yet. Sign one with &apos;geoconsole audit checkpoint&apos; (or generate the report with --checkpoint) and generate the report again.</source>
        <translation>Noch schließt kein signierter Checkpoint Ereignis %1 ein. Signieren Sie einen mit &apos;geoconsole audit checkpoint&apos; (oder erstellen Sie den Bericht mit --checkpoint) und erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <source>Consistency proof</source>
        <translation>Konsistenznachweis</translation>
    </message>
    <message>
        <source>From %1 to %2 events, %3 hashes; RFC 9162 binary form, base64:</source>
        <translation>Von %1 bis %2 Ereignissen, %3 Hashes; Binärform nach RFC 9162, Base64:</translation>
    </message>
    <message>
        <source>Verified: the end checkpoint&apos;s log extends the start checkpoint&apos;s log.</source>
        <translation>Verifiziert: Das Protokoll des End-Checkpoints setzt das Protokoll des Start-Checkpoints fort.</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NICHT verifiziert: %1</translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation>Signierte Checkpoints</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>TAMPERING DETECTED (%1)</source>
        <translation>MANIPULATION ERKANNT (%1)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>First affected event</source>
        <translation>Erstes betroffenes Ereignis</translation>
    </message>
    <message>
        <source>Events re-hashed</source>
        <translation>Neu gehashte Ereignisse</translation>
    </message>
    <message>
        <source>Checkpoints checked</source>
        <translation>Geprüfte Checkpoints</translation>
    </message>
    <message>
        <source>Personal parts checked against their commitments</source>
        <translation>Gegen ihre Commitments geprüfte personenbezogene Teile</translation>
    </message>
    <message>
        <source>Root hash of all events (base64)</source>
        <translation>Wurzel-Hash aller Ereignisse (Base64)</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Benötigte Zeit</translation>
    </message>
    <message>
        <source>Full re-hash of the log</source>
        <translation>Vollständige Hash-Neuberechnung des Protokolls</translation>
    </message>
    <message>
        <source>SOC 2 compliance report</source>
        <translation>Compliance-Bericht nach SOC 2</translation>
    </message>
    <message>
        <source>GDPR compliance report</source>
        <translation>Compliance-Bericht nach DSGVO</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 compliance report</source>
        <translation>Compliance-Bericht nach ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>Period (UTC, end excluded)</source>
        <translation>Zeitraum (UTC, Ende ausgeschlossen)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(the requested end lay in the future; the period ends when the report was generated)</source>
        <translation>(das angeforderte Ende lag in der Zukunft; der Zeitraum endet mit der Erstellung des Berichts)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation>Ereignisse im Zeitraum</translation>
    </message>
    <message>
        <source>%1 (sequence numbers %2 to %3)</source>
        <translation>%1 (Sequenznummern %2 bis %3)</translation>
    </message>
    <message>
        <source>Privileged actions</source>
        <translation>Privilegierte Aktionen</translation>
    </message>
    <message>
        <source>Access failures</source>
        <translation>Fehlgeschlagene Zugriffe</translation>
    </message>
    <message>
        <source>Alerts raised / resolved / open</source>
        <translation>Alarme ausgelöst / behoben / offen</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>Proven: no gaps, signed checkpoints consistent, full re-hash intact</source>
        <translation>Nachgewiesen: keine Lücken, signierte Checkpoints konsistent, vollständige Hash-Neuberechnung intakt</translation>
    </message>
    <message>
        <source>NOT proven; see the last section</source>
        <translation>NICHT nachgewiesen; siehe letzten Abschnitt</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Anfrage eingegangen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request event</source>
        <translation>Anfrageereignis</translation>
    </message>
    <message>
        <source>No events to sample.</source>
        <translation>Keine Ereignisse für eine Stichprobe.</translation>
    </message>
    <message>
        <source>%1 events: one in every %2 events of the period, starting at sequence number %3.</source>
        <translation>%1 Ereignisse: jedes %2. Ereignis des Zeitraums, beginnend bei Sequenznummer %3.</translation>
    </message>
    <message>
        <source>Generated by GeoClimate Console%1. Actors appear by pseudonymous id only; personal data stays in the console. Anyone with the store&apos;s public keys can re-check the checkpoints, the proof and the root hash with &apos;geoconsole audit verify&apos; and &apos;geoconsole audit consistency&apos;.</source>
        <translation>Erstellt mit GeoClimate Console%1. Akteure erscheinen nur mit ihrer pseudonymen ID; personenbezogene Daten bleiben in der Konsole. Jeder mit den öffentlichen Schlüsseln des Datenspeichers kann die Checkpoints, den Nachweis und den Wurzel-Hash mit &apos;geoconsole audit verify&apos; und &apos;geoconsole audit consistency&apos; erneut prüfen.</translation>
    </message>
</context>
<context>
    <name>gc::ComplianceReportPdf</name>
    <message>
        <source>PDF reports need the font system, which this process has not started.</source>
        <translation>PDF-Berichte benötigen das Schriftsystem, das dieser Prozess nicht gestartet hat.</translation>
    </message>
</context>
<context>
    <name>gc::ComplianceReportWriter</name>
    <message>
        <source>The report file %1 could not be written: %2</source>
        <translation>Die Berichtsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing the CSV of the period&apos;s events</source>
        <translation>CSV der Ereignisse des Zeitraums wird geschrieben</translation>
    </message>
    <message>
        <source>it cannot be read back</source>
        <translation>sie kann nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>gc::ConfigEntryDialog</name>
    <message>
        <source>Any text.</source>
        <translation>Beliebiger Text.</translation>
    </message>
    <message>
        <source>A whole number, e.g. 250.</source>
        <translation>Eine ganze Zahl, z. B. 250.</translation>
    </message>
    <message>
        <source>A number with a decimal point, e.g. 0.75.</source>
        <translation>Eine Zahl mit Dezimalpunkt, z. B. 0.75.</translation>
    </message>
    <message>
        <source>On or off.</source>
        <translation>Ein oder aus.</translation>
    </message>
    <message>
        <source>An http or https address.</source>
        <translation>Eine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation>Eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A duration, e.g. 30s, 15m, 2h or 7d.</source>
        <translation>Eine Dauer, z. B. 30s, 15m, 2h oder 7d.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Change Setting</source>
        <translation>Einstellung ändern</translation>
    </message>
    <message>
        <source>Add Setting</source>
        <translation>Einstellung hinzufügen</translation>
    </message>
    <message>
        <source>e.g. alerts.threshold_pm25</source>
        <translation>z. B. alerts.threshold_pm25</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
</context>
<context>
    <name>gc::CreateApiKeyDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>e.g. Production ingest</source>
        <translation>z. B. Produktiv-Import</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>gc::CsvWriter</name>
    <message>
        <source>The delimiter must be a tab or an ASCII punctuation character other than . + - :</source>
        <translation>Das Trennzeichen muss ein Tabulator oder ein ASCII-Satzzeichen sein, außer . + - :</translation>
    </message>
    <message>
        <source>The quote character must be an ASCII punctuation character other than . + - :</source>
        <translation>Das Anführungszeichen muss ein ASCII-Satzzeichen sein, außer . + - :</translation>
    </message>
    <message>
        <source>The quote character must differ from the delimiter.</source>
        <translation>Das Anführungszeichen muss sich vom Trennzeichen unterscheiden.</translation>
    </message>
    <message>
        <source>The NULL text must not contain the delimiter, the quote character or a line break.</source>
        <translation>Der NULL-Text darf weder das Trennzeichen noch das Anführungszeichen noch einen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The NULL text must not look like a number, a boolean or a time.</source>
        <translation>Der NULL-Text darf nicht wie eine Zahl, ein Wahrheitswert oder eine Zeitangabe aussehen.</translation>
    </message>
    <message>
        <source>The NULL text must not start or end with a space.</source>
        <translation>Der NULL-Text darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
</context>
<context>
    <name>gc::EditTenantDialog</name>
    <message>
        <source>Edit Tenant %1</source>
        <translation>Mandant %1 bearbeiten</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>The slug cannot be changed.</source>
        <translation>Der Slug kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Slug:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Contact na&amp;me:</source>
        <translation>Kontaktna&amp;me:</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>gc::EvidenceBundleActions</name>
    <message>
        <source>Export Evidence Bundle</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <source>Evidence bundles (*.json)</source>
        <translation>Nachweispakete (*.json)</translation>
    </message>
    <message>
        <source>Writing the evidence bundle…</source>
        <translation>Nachweispaket wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Evidence Bundle Not Written</source>
        <translation>Nachweispaket nicht geschrieben</translation>
    </message>
    <message>
        <source>The bundle was written but its export could not be recorded in the audit trail, so it was removed again.</source>
        <translation>Das Paket wurde geschrieben, aber sein Export konnte nicht im Prüfpfad erfasst werden; daher wurde es wieder entfernt.</translation>
    </message>
    <message>
        <source>%1 events written to %2, each with its inclusion proof against the checkpoint of %3 events.</source>
        <translation>%1 Ereignisse nach %2 geschrieben, jedes mit seinem Inklusionsnachweis gegen den Checkpoint über %3 Ereignisse.</translation>
    </message>
    <message>
        <source>%1 newer matching events are not yet covered by a checkpoint and were left out.</source>
        <translation>%1 neuere passende Ereignisse sind noch von keinem Checkpoint abgedeckt und wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Evidence Bundle Written</source>
        <translation>Nachweispaket geschrieben</translation>
    </message>
    <message>
        <source>Verify Evidence Bundle</source>
        <translation>Nachweispaket verifizieren</translation>
    </message>
    <message>
        <source>Evidence bundles (*.json);;All files (*)</source>
        <translation>Nachweispakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trusted Key</source>
        <translation>Vertrauenswürdiger Schlüssel</translation>
    </message>
    <message>
        <source>Check the bundle against a public key you were given separately?

Without one, the keys inside the bundle are used: that detects any change to the events, but not a bundle rebuilt and re-signed as a whole.</source>
        <translation>Das Paket gegen einen öffentlichen Schlüssel prüfen, den Sie separat erhalten haben?

Ohne einen solchen Schlüssel werden die Schlüssel im Paket verwendet: Das erkennt jede Änderung an den Ereignissen, aber kein Paket, das als Ganzes neu erstellt und neu signiert wurde.</translation>
    </message>
    <message>
        <source>Trusted Public Key</source>
        <translation>Vertrauenswürdiger öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>PEM public keys (*.pem);;All files (*)</source>
        <translation>Öffentliche PEM-Schlüssel (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file holds %1 keys; choose a file with exactly the one key to trust.</source>
        <translation>Die Datei enthält %1 Schlüssel; wählen Sie eine Datei mit genau dem einen Schlüssel, dem vertraut werden soll.</translation>
    </message>
    <message>
        <source>Evidence Bundle Verified</source>
        <translation>Nachweispaket verifiziert</translation>
    </message>
    <message>
        <source>Evidence Bundle Failed</source>
        <translation>Nachweispaket nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>gc::ExportDefinitionModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schedule (UTC)</source>
        <translation>Zeitplan (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
</context>
<context>
    <name>gc::ExportFile</name>
    <message>
        <source>The disk is full: “%1” could not be written.</source>
        <translation>Der Datenträger ist voll: „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>SHA-256 is not available from OpenSSL.</source>
        <translation>OpenSSL stellt kein SHA-256 bereit.</translation>
    </message>
</context>
<context>
    <name>gc::ExportFilter</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>an ISO 8601 date or time (e.g. 2026-11-27 or 2026-11-27T08:15:00Z) or milliseconds since 1970</source>
        <translation>ein Datum oder eine Zeit nach ISO 8601 (z. B. 2026-11-27 oder 2026-11-27T08:15:00Z) oder Millisekunden seit 1970</translation>
    </message>
    <message>
        <source>The filter “%1” is not a condition: write column, operator and value, e.g. &quot;value&gt;=25&quot; (operators: = != &lt; &lt;= &gt; &gt;= and ~ for “contains”).</source>
        <translation>Der Filter „%1“ ist keine Bedingung: Schreiben Sie Spalte, Operator und Wert, z. B. &quot;value&gt;=25&quot; (Operatoren: = != &lt; &lt;= &gt; &gt;= und ~ für „enthält“).</translation>
    </message>
    <message>
        <source>The filter “%1” uses ~ (contains), which works on text columns only; “%2” holds %3.</source>
        <translation>Der Filter „%1“ verwendet ~ (enthält), was nur bei Textspalten funktioniert; „%2“ enthält %3.</translation>
    </message>
    <message>
        <source>The filter “%1” compares with null: only = null and != null are possible.</source>
        <translation>Der Filter „%1“ vergleicht mit null: Nur = null und != null sind möglich.</translation>
    </message>
    <message>
        <source>The filter “%1” needs %2 for “%3”, not “%4”.</source>
        <translation>Der Filter „%1“ benötigt %2 für „%3“, nicht „%4“.</translation>
    </message>
</context>
<context>
    <name>gc::ExportJob</name>
    <message>
        <source>The disk is full: “%1” could not be written.</source>
        <translation>Der Datenträger ist voll: „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be read back: %2.</source>
        <translation>„%1“ konnte nicht zurückgelesen werden: %2.</translation>
    </message>
    <message>
        <source>The gzip compressor could not be started.</source>
        <translation>Der gzip-Kompressor konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The disk is full: nothing can be written in “%1”.</source>
        <translation>Der Datenträger ist voll: In „%1“ kann nichts geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written: %2.</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export needs a destination file.</source>
        <translation>Der Export benötigt eine Zieldatei.</translation>
    </message>
    <message>
        <source>“%1” is a folder: the export needs a file name.</source>
        <translation>„%1“ ist ein Ordner: Der Export benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>A part&apos;s size limit cannot be negative.</source>
        <translation>Die Größengrenze eines Teils darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Parts must be allowed at least 1 KiB.</source>
        <translation>Teile müssen mindestens 1 KiB groß sein dürfen.</translation>
    </message>
    <message>
        <source>The export has no columns.</source>
        <translation>Der Export hat keine Spalten.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>An XLSX file&apos;s size is known only once it is complete, so an XLSX export cannot be split by size. Split it by rows instead.</source>
        <translation>Die Größe einer XLSX-Datei steht erst fest, wenn sie vollständig ist; ein XLSX-Export kann daher nicht nach Größe aufgeteilt werden. Teilen Sie ihn stattdessen nach Zeilen auf.</translation>
    </message>
</context>
<context>
    <name>gc::ExportPreview</name>
    <message>
        <source>The preview was interrupted.</source>
        <translation>Die Vorschau wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>gc::ExportRequest</name>
    <message>
        <source>The saved export definition has no valid “%1”.</source>
        <translation>Die gespeicherte Exportdefinition hat keinen gültigen Wert für „%1“.</translation>
    </message>
</context>
<context>
    <name>gc::ExportRowsDialog</name>
    <message>
        <source>Column names in the first line</source>
        <translation>Spaltennamen in der ersten Zeile</translation>
    </message>
    <message>
        <source>Byte order mark (for old Excel versions)</source>
        <translation>Byte-Order-Mark (für ältere Excel-Versionen)</translation>
    </message>
    <message>
        <source>Indented</source>
        <translation>Eingerückt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of “%1” in the order the pane shows them, with its visible columns (%2).</source>
        <translation>
            <numerusform>%n Zeile aus „%1“ in der Reihenfolge der Ansicht, mit ihren sichtbaren Spalten (%2).</numerusform>
            <numerusform>%n Zeilen aus „%1“ in der Reihenfolge der Ansicht, mit ihren sichtbaren Spalten (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV — comma-separated values</source>
        <translation>CSV – kommagetrennte Werte</translation>
    </message>
    <message>
        <source>JSON — an array of objects</source>
        <translation>JSON – ein Array von Objekten</translation>
    </message>
    <message>
        <source>NDJSON — one JSON object per line</source>
        <translation>NDJSON – ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <source>XLSX — Excel workbook with typed cells</source>
        <translation>XLSX – Excel-Arbeitsmappe mit typisierten Zellen</translation>
    </message>
    <message>
        <source>Parquet — columnar, compressed</source>
        <translation>Parquet – spaltenorientiert, komprimiert</translation>
    </message>
    <message>
        <source>XML — one element per row</source>
        <translation>XML – ein Element pro Zeile</translation>
    </message>
    <message>
        <source>YAML — a sequence of mappings</source>
        <translation>YAML – eine Folge von Zuordnungen</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Komprimierung:</translation>
    </message>
    <message>
        <source>This format has no options to choose here.</source>
        <translation>Für dieses Format gibt es hier nichts einzustellen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>D&amp;atei:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>“%1” exists. Replace it with this export?</source>
        <translation>„%1“ existiert bereits. Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Es wurde nichts exportiert. %1</translation>
    </message>
</context>
<context>
    <name>gc::ExportRunModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Scheduled export</source>
        <translation>Geplanter Export</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>gc::ExportSchedulesDialog</name>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Scheduled Exports</source>
        <translation>Geplante Exporte</translation>
    </message>
    <message>
        <source>No scheduled exports yet. Save one from the export wizard (File ▸ Export Data…) or with geoconsole export define.</source>
        <translation>Noch keine geplanten Exporte. Speichern Sie einen über den Export-Assistenten (Datei ▸ Daten exportieren…) oder mit geoconsole export define.</translation>
    </message>
    <message>
        <source>Times are UTC. The console runs due exports while it is open; geoconsole export run-due runs them from a system timer.</source>
        <translation>Die Zeiten sind in UTC. Die Konsole führt fällige Exporte aus, solange sie geöffnet ist; geoconsole export run-due führt sie über einen System-Timer aus.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Enabled “%1”; its next run is at %2 UTC.</source>
        <translation>„%1“ aktiviert; die nächste Ausführung erfolgt am %2 UTC.</translation>
    </message>
    <message>
        <source>Disabled “%1”; it does not run until it is enabled again.</source>
        <translation>„%1“ deaktiviert; der Export läuft erst wieder, wenn er aktiviert wird.</translation>
    </message>
    <message>
        <source>Delete Scheduled Export?</source>
        <translation>Geplanten Export löschen?</translation>
    </message>
    <message>
        <source>Delete the scheduled export “%1” and its run history?</source>
        <translation>Den geplanten Export „%1“ und seinen Ausführungsverlauf löschen?</translation>
    </message>
    <message>
        <source>The files it wrote and the audit trail stay as they are.</source>
        <translation>Die von ihm geschriebenen Dateien und der Prüfpfad bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2) to %3.</source>
        <translation>%1 Zeilen (%2) nach %3 exportiert.</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancelling the run of “%1”…</source>
        <translation>Der Lauf von „%1“ wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling the run of “%1”; the window closes once it has stopped.</source>
        <translation>Der Lauf von „%1“ wird abgebrochen; das Fenster schließt sich, sobald er beendet ist.</translation>
    </message>
    <message>
        <source>“%1” is running; wait for it or cancel it.</source>
        <translation>„%1“ läuft; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>History of “%1” (running now)</source>
        <translation>Verlauf von „%1“ (läuft gerade)</translation>
    </message>
    <message>
        <source>Running “%1”: counting the rows…</source>
        <translation>„%1“ läuft: Zeilen werden gezählt…</translation>
    </message>
    <message>
        <source>Running “%1”: writing %2…</source>
        <translation>„%1“ läuft: %2 wird geschrieben…</translation>
    </message>
    <message>
        <source>The run of “%1” failed: %2</source>
        <translation>Der Lauf von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The run of “%1” was cancelled; nothing was written.</source>
        <translation>Der Lauf von „%1“ wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>gc::ExportSource</name>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>ML models</source>
        <translation>ML-Modelle</translation>
    </message>
    <message>
        <source>Tenant users</source>
        <translation>Mandantenbenutzer</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>Nutzungskennzahlen</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Pollutant</source>
        <translation>Schadstoff</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Forecast time</source>
        <translation>Vorhersagezeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Im Einsatz</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>Deployed at</source>
        <translation>Im Einsatz seit</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>Außer Betrieb seit</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Chain hash</source>
        <translation>Ketten-Hash</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>Name des Akteurs</translation>
    </message>
    <message>
        <source>Actor e-mail</source>
        <translation>E-Mail des Akteurs</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Personenbezogene Details</translation>
    </message>
</context>
<context>
    <name>gc::ExportSourceAuditReader</name>
    <message>
        <source>The filter “%1” names an unknown %2; known: %3.</source>
        <translation>Der Filter „%1“ nennt einen unbekannten Wert für %2; bekannt: %3.</translation>
    </message>
    <message>
        <source>The filter “%1” is the second condition on “%2”: audit events take one condition per column (time and seq excepted).</source>
        <translation>Der Filter „%1“ ist die zweite Bedingung für „%2“: Audit-Ereignisse erlauben eine Bedingung pro Spalte (außer time und seq).</translation>
    </message>
    <message>
        <source>The filter “%1” names no tenant of this store (a purged tenant&apos;s events are found by tenant_id).</source>
        <translation>Der Filter „%1“ nennt keinen Mandanten dieses Datenspeichers (die Ereignisse eines endgültig gelöschten Mandanten finden Sie über tenant_id).</translation>
    </message>
    <message>
        <source>Audit events can be sorted by seq or time only, not by “%1”.</source>
        <translation>Audit-Ereignisse lassen sich nur nach seq oder time sortieren, nicht nach „%1“.</translation>
    </message>
    <message>
        <source>The filter “%1” cannot be applied to audit events. They can be filtered by time and seq (= &lt; &lt;= &gt; &gt;=), by tenant_id, tenant, actor, type, category, severity, outcome and resource (=), and by words in their details (details~words); never by their personal columns.</source>
        <translation>Der Filter „%1“ ist auf Audit-Ereignisse nicht anwendbar. Sie lassen sich nach time und seq (= &lt; &lt;= &gt; &gt;=), nach tenant_id, tenant, actor, type, category, severity, outcome und resource (=) und nach Wörtern in ihren Details (details~Wörter) filtern, nie nach ihren personenbezogenen Spalten.</translation>
    </message>
</context>
<context>
    <name>gc::ExportSourcePlan</name>
    <message>
        <source>“%1” is not a column of %2. Its columns: %3.</source>
        <translation>„%1“ ist keine Spalte der Quelle %2. Ihre Spalten: %3.</translation>
    </message>
    <message>
        <source>The column “%1” is listed twice.</source>
        <translation>Die Spalte „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>“%1” holds personal data: ask for clear personal data to export it (otherwise the pseudonym stands for the person).</source>
        <translation>„%1“ enthält personenbezogene Daten: Fordern Sie personenbezogene Daten im Klartext an, um die Spalte zu exportieren (sonst steht das Pseudonym für die Person).</translation>
    </message>
    <message>
        <source>The filter “%1” names “%2”, which is not a column of %3. Its columns: %4.</source>
        <translation>Der Filter „%1“ nennt „%2“, das keine Spalte der Quelle %3 ist. Ihre Spalten: %4.</translation>
    </message>
    <message>
        <source>The filter “%1” looks into personal data: ask for clear personal data to filter on “%2”.</source>
        <translation>Der Filter „%1“ greift auf personenbezogene Daten zu: Fordern Sie personenbezogene Daten im Klartext an, um nach „%2“ zu filtern.</translation>
    </message>
    <message>
        <source>The filter “%1” cannot be applied: “%2” is derived while exporting, not stored.</source>
        <translation>Der Filter „%1“ kann nicht angewendet werden: „%2“ wird beim Exportieren abgeleitet, nicht gespeichert.</translation>
    </message>
    <message>
        <source>The sort column “%1” is not a column of %2. Its columns: %3.</source>
        <translation>Die Sortierspalte „%1“ ist keine Spalte der Quelle %2. Ihre Spalten: %3.</translation>
    </message>
    <message>
        <source>The export cannot be sorted by “%1”.</source>
        <translation>Der Export kann nicht nach „%1“ sortiert werden.</translation>
    </message>
    <message>
        <source>The filter “%1” cannot be applied: “%2” is personal data kept apart from the %3 record and cannot be searched, even with clear personal data. Filter by the pseudonymous actor instead.</source>
        <translation>Der Filter „%1“ ist nicht anwendbar: „%2“ sind personenbezogene Daten, die getrennt vom Datensatz (%3) aufbewahrt werden und sich auch mit Klartextdaten nicht durchsuchen lassen. Filtern Sie stattdessen nach dem pseudonymen Akteur.</translation>
    </message>
</context>
<context>
    <name>gc::ExportTableJob</name>
    <message>
        <source>Your role may not export data.</source>
        <translation>Ihre Rolle darf keine Daten exportieren.</translation>
    </message>
</context>
<context>
    <name>gc::ExportTableSnapshot</name>
    <message>
        <source>the value cannot be read as %1.</source>
        <translation>der Wert lässt sich nicht als %1 lesen.</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The table shows no columns.</source>
        <translation>Die Tabelle zeigt keine Spalten.</translation>
    </message>
    <message>
        <source>The table has no column %1.</source>
        <translation>Die Tabelle hat keine Spalte %1.</translation>
    </message>
</context>
<context>
    <name>gc::ExportWizard</name>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The pane&apos;s choice of several event types is not carried over.</source>
        <translation>Die Auswahl mehrerer Ereignistypen in der Ansicht wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The pane&apos;s choice of several categories is not carried over.</source>
        <translation>Die Auswahl mehrerer Kategorien in der Ansicht wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The pane&apos;s severity range is not carried over: the export takes one severity (severity = warning, for example).</source>
        <translation>Der Schweregradbereich der Ansicht wird nicht übernommen: Der Export akzeptiert einen Schweregrad (zum Beispiel severity = warning).</translation>
    </message>
    <message>
        <source>The pane&apos;s choice of several outcomes is not carried over: the export takes one outcome.</source>
        <translation>Die Auswahl mehrerer Ergebnisse in der Ansicht wird nicht übernommen: Der Export akzeptiert ein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>gc::ExportWizardPageColumns</name>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Export personal data in &amp;clear (e-mail, name)</source>
        <translation>Personenbezogene Daten im &amp;Klartext exportieren (E-Mail, Name)</translation>
    </message>
    <message>
        <source>&amp;Add Filter</source>
        <translation>&amp;Filter hinzufügen</translation>
    </message>
    <message>
        <source>Columns and rows</source>
        <translation>Spalten und Zeilen</translation>
    </message>
    <message>
        <source>Tick and order the columns, narrow the rows with filters (all must hold), and check the preview of the first rows.</source>
        <translation>Wählen Sie die Spalten aus und ordnen Sie sie an, schränken Sie die Zeilen mit Filtern ein (alle müssen zutreffen) und prüfen Sie die Vorschau der ersten Zeilen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Every column that is not personal, in the source&apos;s order</source>
        <translation>Alle nicht personenbezogenen Spalten in der Reihenfolge der Quelle</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>Sor&amp;tieren nach:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Your role may not see personal data; users are exported under their pseudonym.</source>
        <translation>Ihre Rolle darf keine personenbezogenen Daten sehen; Benutzer werden unter ihrem Pseudonym exportiert.</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Source order</source>
        <translation>Reihenfolge der Quelle</translation>
    </message>
    <message>
        <source>Personal data: tick “Export personal data in clear” first.</source>
        <translation>Personenbezogene Daten: Aktivieren Sie zuerst „Personenbezogene Daten im Klartext exportieren“.</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filterspalte</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>Filteroperator</translation>
    </message>
    <message>
        <source>= equals</source>
        <translation>= gleich</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ ungleich</translation>
    </message>
    <message>
        <source>&lt; less</source>
        <translation>&lt; kleiner</translation>
    </message>
    <message>
        <source>≤ at most</source>
        <translation>≤ höchstens</translation>
    </message>
    <message>
        <source>&gt; greater</source>
        <translation>&gt; größer</translation>
    </message>
    <message>
        <source>≥ at least</source>
        <translation>≥ mindestens</translation>
    </message>
    <message>
        <source>~ contains</source>
        <translation>~ enthält</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Filterwert</translation>
    </message>
    <message>
        <source>value, or null</source>
        <translation>Wert oder null</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Filter entfernen</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Die ersten Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Correct the choices above to see a preview.</source>
        <translation>Korrigieren Sie die Auswahl oben, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte aus.</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>Die Vorschau konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>No rows match the filters: the file would hold no rows.</source>
        <translation>Keine Zeilen entsprechen den Filtern: Die Datei enthielte keine Zeilen.</translation>
    </message>
    <message>
        <source>All %1 matching rows.</source>
        <translation>Alle %1 passenden Zeilen.</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching rows.</source>
        <translation>Die ersten %1 von %2 passenden Zeilen.</translation>
    </message>
    <message>
        <source>The first %1 of at most %2 matching rows.</source>
        <translation>Die ersten %1 von höchstens %2 passenden Zeilen.</translation>
    </message>
    <message>
        <source>Export personal data in &amp;clear</source>
        <translation>Personenbezogene Daten im &amp;Klartext exportieren</translation>
    </message>
    <message>
        <source>Export personal data in &amp;clear (actor&apos;s name, e-mail, address, personal details)</source>
        <translation>Personenbezogene Daten im &amp;Klartext exportieren (Name, E-Mail, Adresse und personenbezogene Details des Akteurs)</translation>
    </message>
    <message>
        <source>Adds the events&apos; personal parts; an erased person&apos;s events have none. The export is recorded in the audit trail.</source>
        <translation>Fügt die personenbezogenen Teile der Ereignisse hinzu; Ereignisse gelöschter Personen haben keine. Der Export wird im Audit-Trail festgehalten.</translation>
    </message>
    <message>
        <source>Your role may not see personal data; events are exported with the actor&apos;s pseudonym only.</source>
        <translation>Ihre Rolle darf keine personenbezogenen Daten sehen; Ereignisse werden nur mit dem Pseudonym des Akteurs exportiert.</translation>
    </message>
</context>
<context>
    <name>gc::ExportWizardPageDestination</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose where the file goes. It is written under a temporary name and appears under this name only when it is complete.</source>
        <translation>Wählen Sie, wohin die Datei geschrieben wird. Sie wird unter einem temporären Namen geschrieben und erscheint erst unter diesem Namen, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>Der Export</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Rows: all</source>
        <translation>Zeilen: alle</translation>
    </message>
    <message>
        <source>Rows where: %1</source>
        <translation>Zeilen mit: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Sorted by: %1, descending</source>
        <translation>Sortiert nach: %1, absteigend</translation>
    </message>
    <message>
        <source>Sorted by: %1, ascending</source>
        <translation>Sortiert nach: %1, aufsteigend</translation>
    </message>
    <message>
        <source>Personal data in clear: yes (the export is recorded in the audit trail)</source>
        <translation>Personenbezogene Daten im Klartext: ja (der Export wird im Prüfpfad erfasst)</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Parts of at most %1 rows</source>
        <translation>Teile mit höchstens %1 Zeilen</translation>
    </message>
    <message>
        <source>Parts of at most %1</source>
        <translation>Teile mit höchstens %1</translation>
    </message>
    <message>
        <source>Packaging: %1</source>
        <translation>Paketierung: %1</translation>
    </message>
    <message>
        <source>The parts and the manifest are named after this file: NAME.part-0001.EXT, … and NAME.manifest.json.</source>
        <translation>Die Teile und das Manifest werden nach dieser Datei benannt: NAME.part-0001.EXT, … und NAME.manifest.json.</translation>
    </message>
    <message>
        <source>The file is gzip-compressed; “.gz” is added to a name that lacks it.</source>
        <translation>Die Datei wird mit gzip komprimiert; an einen Namen ohne „.gz“ wird „.gz“ angehängt.</translation>
    </message>
    <message>
        <source>One ZIP archive holds the file (or its parts) and a manifest.</source>
        <translation>Ein ZIP-Archiv enthält die Datei (oder ihre Teile) und ein Manifest.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>“%1” is a folder: add a file name.</source>
        <translation>„%1“ ist ein Ordner: Fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it when the export is complete?</source>
        <translation>Bereits vorhanden: %1. Nach Abschluss des Exports ersetzen?</translation>
    </message>
    <message>
        <source>Until then, and if the export fails or is cancelled, the file stays as it is.</source>
        <translation>Bis dahin, und falls der Export fehlschlägt oder abgebrochen wird, bleibt die Datei unverändert.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Save as a scheduled export</source>
        <translation>Als &amp;geplanten Export speichern</translation>
    </message>
    <message>
        <source>Also &amp;run the export now</source>
        <translation>Export zusätzlich &amp;jetzt ausführen</translation>
    </message>
    <message>
        <source>nightly-predictions</source>
        <translation>vorhersagen-nachts</translation>
    </message>
    <message>
        <source>daily 02:00</source>
        <translation>daily 02:00</translation>
    </message>
    <message>
        <source>Schedules are in UTC: hourly, hourly :MM, daily HH:MM, weekly DAY HH:MM, every N minutes, every N hours. The file name may contain {date}, {time} and {name}, filled in when each run starts; without them each run replaces the last one&apos;s file.</source>
        <translation>Zeitpläne sind in UTC: hourly, hourly :MM, daily HH:MM, weekly TAG HH:MM, every N minutes, every N hours. Der Dateiname darf {date}, {time} und {name} enthalten, die beim Start jeder Ausführung eingesetzt werden; ohne sie ersetzt jede Ausführung die Datei der vorherigen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;chedule:</source>
        <translation>Zeit&amp;plan:</translation>
    </message>
    <message>
        <source>Enter a schedule, for example “daily 02:00”.</source>
        <translation>Geben Sie einen Zeitplan ein, zum Beispiel „daily 02:00“.</translation>
    </message>
    <message>
        <source>&amp;Save Schedule</source>
        <translation>Zeitplan sp&amp;eichern</translation>
    </message>
</context>
<context>
    <name>gc::ExportWizardPageFormat</name>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Choose the format the next tool reads, its options, and whether to split or compress the file.</source>
        <translation>Wählen Sie das Format, das das nachfolgende Werkzeug liest, seine Optionen und ob die Datei aufgeteilt oder komprimiert wird.</translation>
    </message>
    <message>
        <source>CSV — comma-separated values (spreadsheets, DuckDB, pandas)</source>
        <translation>CSV — kommagetrennte Werte (Tabellenkalkulation, DuckDB, pandas)</translation>
    </message>
    <message>
        <source>JSON — an array of objects, or NDJSON (one object per line)</source>
        <translation>JSON — ein Array von Objekten oder NDJSON (ein Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>XLSX — Excel workbook with typed cells</source>
        <translation>XLSX — Excel-Arbeitsmappe mit typisierten Zellen</translation>
    </message>
    <message>
        <source>Parquet — columnar, compressed (DuckDB, Spark, pandas)</source>
        <translation>Parquet — spaltenorientiert, komprimiert (DuckDB, Spark, pandas)</translation>
    </message>
    <message>
        <source>XML — one element per row, with an XSD</source>
        <translation>XML — ein Element pro Zeile, mit XSD</translation>
    </message>
    <message>
        <source>YAML — a sequence of mappings</source>
        <translation>YAML — eine Sequenz von Mappings</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source> rows per part</source>
        <translation> Zeilen pro Teil</translation>
    </message>
    <message>
        <source> MiB per part</source>
        <translation> MiB pro Teil</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>gzip each file (.gz)</source>
        <translation>Jede Datei mit gzip (.gz)</translation>
    </message>
    <message>
        <source>One ZIP archive (.zip)</source>
        <translation>Ein ZIP-Archiv (.zip)</translation>
    </message>
    <message>
        <source>Parts and packaging</source>
        <translation>Teile und Paketierung</translation>
    </message>
    <message>
        <source>Split by rows:</source>
        <translation>Nach Zeilen aufteilen:</translation>
    </message>
    <message>
        <source>Split by size:</source>
        <translation>Nach Größe aufteilen:</translation>
    </message>
    <message>
        <source>&amp;Packaging:</source>
        <translation>&amp;Paketierung:</translation>
    </message>
    <message>
        <source>A split export writes NAME.part-0001.EXT, NAME.part-0002.EXT, … and NAME.manifest.json with each part&apos;s rows and SHA-256.</source>
        <translation>Ein aufgeteilter Export schreibt NAME.part-0001.EXT, NAME.part-0002.EXT, … und NAME.manifest.json mit Zeilenzahl und SHA-256 jedes Teils.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, Komma</translation>
    </message>
    <message>
        <source>; semicolon</source>
        <translation>; Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>| vertical bar</source>
        <translation>| senkrechter Strich</translation>
    </message>
    <message>
        <source>First line names the columns</source>
        <translation>Erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>CR LF (Windows, RFC 4180)</source>
        <translation>CR LF (Windows, RFC 4180)</translation>
    </message>
    <message>
        <source>LF (Unix)</source>
        <translation>LF (Unix)</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for old Excel versions)</source>
        <translation>Mit UTF-8-Bytereihenfolgemarke (BOM) beginnen (für alte Excel-Versionen)</translation>
    </message>
    <message>
        <source>Protect against formula injection (&apos; before = + - @ Tab CR)</source>
        <translation>Vor Formelinjektion schützen (&apos; vor = + - @ Tab CR)</translation>
    </message>
    <message>
        <source>Spreadsheets would evaluate text cells starting with these characters.</source>
        <translation>Tabellenkalkulationen würden Textzellen auswerten, die mit diesen Zeichen beginnen.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Quote character:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>&amp;NULL as:</source>
        <translation>&amp;NULL als:</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>Zeilen&amp;ende:</translation>
    </message>
    <message>
        <source>NDJSON: one object per line</source>
        <translation>NDJSON: ein Objekt pro Zeile</translation>
    </message>
    <message>
        <source>Indent (array form only)</source>
        <translation>Einrücken (nur Array-Form)</translation>
    </message>
    <message>
        <source>NULL is null, numbers stay numbers, timestamps are ISO 8601 UTC.</source>
        <translation>NULL wird zu null, Zahlen bleiben Zahlen, Zeitstempel sind ISO 8601 in UTC.</translation>
    </message>
    <message>
        <source>&amp;Sheet name:</source>
        <translation>Name des &amp;Tabellenblatts:</translation>
    </message>
    <message>
        <source>Past 1,048,575 rows the export continues on a new sheet with the header repeated.</source>
        <translation>Nach 1.048.575 Zeilen wird der Export auf einem neuen Tabellenblatt mit wiederholter Kopfzeile fortgesetzt.</translation>
    </message>
    <message>
        <source>Snappy (fast)</source>
        <translation>Snappy (schnell)</translation>
    </message>
    <message>
        <source>Zstandard (smaller)</source>
        <translation>Zstandard (kleiner)</translation>
    </message>
    <message>
        <source>Dictionary-encode text columns with few distinct values</source>
        <translation>Textspalten mit wenigen verschiedenen Werten per Wörterbuch kodieren</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Komprimierung:</translation>
    </message>
    <message>
        <source>Zstandard &amp;level:</source>
        <translation>Zstandard-&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Rows per row group:</source>
        <translation>Zeilen pro Zeilen&amp;gruppe:</translation>
    </message>
    <message>
        <source>Indent elements</source>
        <translation>Elemente einrücken</translation>
    </message>
    <message>
        <source>The document validates against geoconsole-export.xsd.</source>
        <translation>Das Dokument ist gegen geoconsole-export.xsd gültig.</translation>
    </message>
    <message>
        <source>YAML has no options: strings that YAML would read as another type are quoted.</source>
        <translation>YAML hat keine Optionen: Zeichenketten, die YAML als anderen Typ lesen würde, werden in Anführungszeichen gesetzt.</translation>
    </message>
</context>
<context>
    <name>gc::ExportWizardPageRun</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The file is written in the background; you can cancel at any time.</source>
        <translation>Die Datei wird im Hintergrund geschrieben; Sie können jederzeit abbrechen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1

Nothing was written under %2.</source>
        <translation>%1

Unter %2 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Counting the rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation> · %1 Zeilen/s</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source> · part %1</source>
        <translation> · Teil %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was written under %1.</source>
        <translation>Unter %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so its files were removed.</source>
        <translation>Der Export konnte nicht im Prüfpfad erfasst werden; daher wurden seine Dateien entfernt.</translation>
    </message>
    <message>
        <source>Exported %1 rows.</source>
        <translation>%1 Zeilen exportiert.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Files written: %1 (parts and manifest)</source>
        <translation>Geschriebene Dateien: %1 (Teile und Manifest)</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Recorded as audit event #%1.</source>
        <translation>Als Audit-Ereignis #%1 erfasst.</translation>
    </message>
    <message>
        <source>Saved the scheduled export “%1” (%2). Its next run is at %3 UTC.</source>
        <translation>Der geplante Export „%1“ (%2) wurde gespeichert. Die nächste Ausführung erfolgt am %3 UTC.</translation>
    </message>
    <message>
        <source>Scheduled export saved.</source>
        <translation>Geplanter Export gespeichert.</translation>
    </message>
    <message>
        <source>Manage it under File ▸ Scheduled Exports…; nothing was exported now.</source>
        <translation>Verwalten Sie ihn unter Datei ▸ Geplante Exporte…; jetzt wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>gc::ExportWizardPageSource</name>
    <message>
        <source>Air-quality predictions of every tenant: city, pollutant, value, model and forecast time.</source>
        <translation>Luftqualitätsvorhersagen aller Mandanten: Stadt, Schadstoff, Wert, Modell und Vorhersagezeitpunkt.</translation>
    </message>
    <message>
        <source>The prediction models with their status and error figures.</source>
        <translation>Die Vorhersagemodelle mit ihrem Status und ihren Fehlerkennzahlen.</translation>
    </message>
    <message>
        <source>The users of each tenant, pseudonymous unless you may and do ask for their names and e-mail addresses.</source>
        <translation>Die Benutzer jedes Mandanten, pseudonymisiert, sofern Sie nicht ihre Namen und E-Mail-Adressen anfordern und dazu berechtigt sind.</translation>
    </message>
    <message>
        <source>API requests and errors per tenant, endpoint and hour.</source>
        <translation>API-Anfragen und Fehler pro Mandant, Endpunkt und Stunde.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Zu exportierende Daten</translation>
    </message>
    <message>
        <source>Choose the data to export. The next pages choose its columns, rows and file format.</source>
        <translation>Wählen Sie die zu exportierenden Daten. Auf den nächsten Seiten wählen Sie Spalten, Zeilen und Dateiformat.</translation>
    </message>
    <message>
        <source>Your role (%1) may not view %2, so it cannot export them.</source>
        <translation>Ihre Rolle (%1) darf %2 nicht ansehen und sie daher nicht exportieren.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export data.</source>
        <translation>Ihre Rolle (%1) darf keine Daten exportieren.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s events, pseudonymous unless you may and do ask for their personal parts.</source>
        <translation>Die Ereignisse des Audit-Trails, pseudonym, sofern Sie ihre personenbezogenen Teile nicht anfordern dürfen und anfordern.</translation>
    </message>
</context>
<context>
    <name>gc::ExportWriter</name>
    <message>
        <source>An export needs at least one column.</source>
        <translation>Ein Export benötigt mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>Row %1 has %2 values for %3 columns.</source>
        <translation>Zeile %1 hat %2 Werte für %3 Spalten.</translation>
    </message>
    <message>
        <source>the column cannot be empty (NULL).</source>
        <translation>Die Spalte darf nicht leer (NULL) sein.</translation>
    </message>
    <message>
        <source>the value is not of the column&apos;s type.</source>
        <translation>Der Wert hat nicht den Typ der Spalte.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>the time lies outside the years 0001 to 9999, which ISO 8601 readers accept.</source>
        <translation>Die Zeit liegt außerhalb der Jahre 0001 bis 9999, die ISO-8601-Leser akzeptieren.</translation>
    </message>
    <message>
        <source>The %1 format is not available in this build.</source>
        <translation>Das Format %1 ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>gc::FirstRunDialog</name>
    <message>
        <source>Create the First Administrator</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>This store has no operators yet. Create the administrator account that signs in first; it can add further operators later.</source>
        <translation>Dieser Datenspeicher hat noch keine Bediener. Legen Sie das Administratorkonto an, mit dem Sie sich zuerst anmelden; es kann später weitere Bediener hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>gc::LoginDialog</name>
    <message>
        <source>Sign In — GeoClimate Console</source>
        <translation>Anmelden — GeoClimate Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;GeoClimate Console&lt;/b&gt;</source>
        <translation>&lt;b&gt;GeoClimate Console&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenspeicher: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>This is a demo store. Double-click an account to use it:</source>
        <translation>Dies ist ein Demo-Datenspeicher. Doppelklicken Sie auf ein Konto, um es zu verwenden:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>gc::MainWindow</name>
    <message>
        <source>GeoClimate Console — %1</source>
        <translation>GeoClimate Console — %1</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Datenspeicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About GeoClimate Console</source>
        <translation>Ü&amp;ber GeoClimate Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenspeicher: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Datenspeicher öffnen</translation>
    </message>
    <message>
        <source>GeoClimate stores (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>GeoClimate-Datenspeicher (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>About GeoClimate Console</source>
        <translation>Über GeoClimate Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GeoClimate Console %1&lt;/h3&gt;&lt;p&gt;Administration of the tenants of the GeoClimate air-quality prediction platform.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Schema version %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GeoClimate Console %1&lt;/h3&gt;&lt;p&gt;Verwaltung der Mandanten der GeoClimate-Plattform für Luftqualitätsvorhersagen.&lt;/p&gt;&lt;p&gt;Datenspeicher: %2&lt;br&gt;Schemaversion %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Change the password you sign in with</source>
        <translation>Das Passwort ändern, mit dem Sie sich anmelden</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>Compliance &amp;Report…</source>
        <translation>Compliance-&amp;Bericht…</translation>
    </message>
    <message>
        <source>SOC 2, GDPR or ISO 27001 report of a period, with its proof of completeness</source>
        <translation>Bericht nach SOC 2, DSGVO oder ISO 27001 über einen Zeitraum, mit Vollständigkeitsnachweis</translation>
    </message>
    <message>
        <source>Sign &amp;Checkpoint Now</source>
        <translation>&amp;Checkpoint jetzt signieren</translation>
    </message>
    <message>
        <source>Sign the audit trail&apos;s current size and root hash with the signing key</source>
        <translation>Die aktuelle Größe und den Wurzel-Hash des Prüfpfads mit dem Signaturschlüssel signieren</translation>
    </message>
    <message>
        <source>Checkpoint Signed</source>
        <translation>Checkpoint signiert</translation>
    </message>
    <message>
        <source>The audit trail&apos;s first %1 events are covered by a checkpoint signed with key %2.

Root hash: %3</source>
        <translation>Die ersten %1 Ereignisse des Prüfpfads sind durch einen mit Schlüssel %2 signierten Checkpoint abgedeckt.

Wurzel-Hash: %3</translation>
    </message>
    <message>
        <source>Checkpoint Not Signed</source>
        <translation>Checkpoint nicht signiert</translation>
    </message>
    <message>
        <source>Export &amp;Evidence Bundle…</source>
        <translation>&amp;Nachweispaket exportieren…</translation>
    </message>
    <message>
        <source>The events the audit trail&apos;s filter selects, with proofs and checkpoints, for an auditor to check without the store</source>
        <translation>Die vom Filter des Prüfpfads ausgewählten Ereignisse, mit Nachweisen und Checkpoints, damit ein Prüfer sie ohne den Datenspeicher prüfen kann</translation>
    </message>
    <message>
        <source>&amp;Verify Evidence Bundle…</source>
        <translation>Nachweispaket &amp;verifizieren…</translation>
    </message>
    <message>
        <source>The verification-failure alert could not be raised: %1</source>
        <translation>Der Alarm für die fehlgeschlagene Verifizierung konnte nicht ausgelöst werden: %1</translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation>Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export predictions, models, tenant users, usage or audit events to a file</source>
        <translation>Vorhersagen, Modelle, Mandantenbenutzer, Nutzung oder Audit-Ereignisse in eine Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Scheduled Exports…</source>
        <translation>&amp;Geplante Exporte…</translation>
    </message>
    <message>
        <source>Exports that run on a schedule: enable, disable, run now, delete, history</source>
        <translation>Exporte, die nach Zeitplan laufen: aktivieren, deaktivieren, jetzt ausführen, löschen, Verlauf</translation>
    </message>
    <message>
        <source>Your role may not export data.</source>
        <translation>Ihre Rolle darf keine Daten exportieren.</translation>
    </message>
</context>
<context>
    <name>gc::MerkleProofVerifier</name>
    <message>
        <source>The proof is valid.</source>
        <translation>Der Nachweis ist gültig.</translation>
    </message>
    <message>
        <source>A hash in the proof, or a leaf or root hash, is not 32 bytes long.</source>
        <translation>Ein Hash im Nachweis oder ein Blatt- oder Wurzel-Hash ist nicht 32 Bytes lang.</translation>
    </message>
    <message>
        <source>A tree size or leaf index is negative or too large.</source>
        <translation>Eine Baumgröße oder ein Blattindex ist negativ oder zu groß.</translation>
    </message>
    <message>
        <source>The leaf index is not smaller than the tree size.</source>
        <translation>Der Blattindex ist nicht kleiner als die Baumgröße.</translation>
    </message>
    <message>
        <source>The first tree size is larger than the second: a log never shrinks.</source>
        <translation>Die erste Baumgröße ist größer als die zweite: Ein Protokoll schrumpft nie.</translation>
    </message>
    <message>
        <source>The proof has fewer hashes than the tree sizes require.</source>
        <translation>Der Nachweis hat weniger Hashes, als die Baumgrößen erfordern.</translation>
    </message>
    <message>
        <source>The proof has more hashes than the tree sizes require.</source>
        <translation>Der Nachweis hat mehr Hashes, als die Baumgrößen erfordern.</translation>
    </message>
    <message>
        <source>The proof does not lead to the expected root hash: the log or the proof has been altered.</source>
        <translation>Der Nachweis führt nicht zum erwarteten Wurzel-Hash: Das Protokoll oder der Nachweis wurde verändert.</translation>
    </message>
    <message>
        <source>The serialized proof ends too early.</source>
        <translation>Der serialisierte Nachweis endet zu früh.</translation>
    </message>
    <message>
        <source>The serialized proof has extra bytes after its last hash.</source>
        <translation>Der serialisierte Nachweis hat überzählige Bytes nach seinem letzten Hash.</translation>
    </message>
    <message>
        <source>The serialized proof has an unsupported format version.</source>
        <translation>Der serialisierte Nachweis hat eine nicht unterstützte Formatversion.</translation>
    </message>
    <message>
        <source>The serialized proof is neither an inclusion nor a consistency proof.</source>
        <translation>Der serialisierte Nachweis ist weder ein Inklusions- noch ein Konsistenznachweis.</translation>
    </message>
    <message>
        <source>The proof text is not valid base64.</source>
        <translation>Der Nachweistext ist kein gültiges Base64.</translation>
    </message>
</context>
<context>
    <name>gc::MerkleTree</name>
    <message>
        <source>A tree size cannot be negative.</source>
        <translation>Eine Baumgröße kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Leaf %1 is not in a tree of %2 leaves.</source>
        <translation>Blatt %1 liegt nicht in einem Baum mit %2 Blättern.</translation>
    </message>
    <message>
        <source>No consistency proof from size %1 to size %2: the first size must be between 0 and the second.</source>
        <translation>Kein Konsistenznachweis von Größe %1 zu Größe %2: Die erste Größe muss zwischen 0 und der zweiten liegen.</translation>
    </message>
</context>
<context>
    <name>gc::OffboardDialog</name>
    <message>
        <source>Offboard %1</source>
        <translation>Offboarding von %1</translation>
    </message>
    <message>
        <source>Offboarding makes %1 read-only at once: its users, API keys and configuration can no longer be changed. After the grace period the tenant can be purged, which deletes it and everything it owns. Until then nothing is deleted.</source>
        <translation>Das Offboarding setzt %1 sofort auf schreibgeschützt: Benutzer, API-Schlüssel und Konfiguration können nicht mehr geändert werden. Nach Ablauf der Karenzzeit kann der Mandant endgültig gelöscht werden, wobei er mit allen seinen Daten entfernt wird. Bis dahin wird nichts gelöscht.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>&amp;Karenzzeit:</translation>
    </message>
    <message>
        <source>&amp;Offboard</source>
        <translation>&amp;Offboarding</translation>
    </message>
</context>
<context>
    <name>gc::OperatorDialog</name>
    <message>
        <source>Add Operator</source>
        <translation>Bediener hinzufügen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Add Operator</source>
        <translation>Bediener &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>gc::OperatorsPane</name>
    <message>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rolle von %1:</translation>
    </message>
    <message>
        <source>Deactivate Operator</source>
        <translation>Bediener deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in until activated again.</source>
        <translation>%1 deaktivieren? Eine Anmeldung ist erst nach erneuter Aktivierung wieder möglich.</translation>
    </message>
</context>
<context>
    <name>gc::PaneExport</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the rows shown here to a file</source>
        <translation>Die hier angezeigten Zeilen in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Your role may not export data.</source>
        <translation>Ihre Rolle darf keine Daten exportieren.</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gc::ParquetCompressor</name>
    <message>
        <source>A Parquet page could not be compressed.</source>
        <translation>Eine Parquet-Seite konnte nicht komprimiert werden.</translation>
    </message>
</context>
<context>
    <name>gc::ParquetWriter</name>
    <message>
        <source>the text is %1 bytes long; a Parquet export takes at most %2 bytes per value.</source>
        <translation>Der Text ist %1 Bytes lang; ein Parquet-Export erlaubt höchstens %2 Bytes pro Wert.</translation>
    </message>
    <message>
        <source>A row group must hold at least one row.</source>
        <translation>Eine Zeilengruppe muss mindestens eine Zeile enthalten.</translation>
    </message>
    <message>
        <source>The zstd level must be between 1 and 22.</source>
        <translation>Die zstd-Stufe muss zwischen 1 und 22 liegen.</translation>
    </message>
    <message>
        <source>Row %1 cannot be written to Parquet.</source>
        <translation>Zeile %1 kann nicht in Parquet geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>gc::PersonalCommitment</name>
    <message>
        <source>A personal data field is not valid Unicode.</source>
        <translation>Ein Feld der personenbezogenen Daten ist kein gültiges Unicode.</translation>
    </message>
</context>
<context>
    <name>gc::ProvisionTenantDialog</name>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Provision Tenant</source>
        <translation>Mandant anlegen</translation>
    </message>
    <message>
        <source>e.g. Northwind Air Quality Agency</source>
        <translation>z. B. Northwind Air Quality Agency</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source> / month</source>
        <translation> / Monat</translation>
    </message>
    <message>
        <source>Only Enterprise tenants have a negotiated price.</source>
        <translation>Nur Enterprise-Mandanten haben einen ausgehandelten Preis.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add Setting</source>
        <translation>Einstellung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Setting</source>
        <translation>Einstellung entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>&amp;Slug:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>Contact na&amp;me:</source>
        <translation>Kontaktna&amp;me:</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Custom &amp;price:</source>
        <translation>Individueller &amp;Preis:</translation>
    </message>
    <message>
        <source>Custom &amp;configuration:</source>
        <translation>Individuelle &amp;Konfiguration:</translation>
    </message>
    <message>
        <source>Setting %1 (%2): %3</source>
        <translation>Einstellung %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>gc::PublicKey</name>
    <message>
        <source>This is not an Ed25519 public key.</source>
        <translation>Dies ist kein öffentlicher Ed25519-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>gc::PublicKeyRing</name>
    <message>
        <source>The key ring must consist of Ed25519 public keys in PEM format and nothing else.</source>
        <translation>Der Schlüsselbund darf nur aus öffentlichen Ed25519-Schlüsseln im PEM-Format bestehen.</translation>
    </message>
</context>
<context>
    <name>gc::PurgeDialog</name>
    <message>
        <source>Purge before the grace period ends</source>
        <translation>Vor Ende der Karenzzeit endgültig löschen</translation>
    </message>
    <message>
        <source>Purge %1</source>
        <translation>%1 endgültig löschen</translation>
    </message>
    <message>
        <source>Purging deletes %1 and all its users, API keys, configuration and usage records. This cannot be undone.</source>
        <translation>Beim endgültigen Löschen werden %1 und alle zugehörigen Benutzer, API-Schlüssel, Konfigurationen und Nutzungsdaten gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The grace period ends on %1.</source>
        <translation>Die Karenzzeit endet am %1.</translation>
    </message>
    <message>
        <source>The grace period ended on %1.</source>
        <translation>Die Karenzzeit endete am %1.</translation>
    </message>
    <message>
        <source>Type the slug &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Slug &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
    <message>
        <source>Purging %1…</source>
        <translation>%1 wird endgültig gelöscht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Purge Cancelled</source>
        <translation>Löschen abgebrochen</translation>
    </message>
    <message>
        <source>The purge was cancelled; nothing was deleted.</source>
        <translation>Das endgültige Löschen wurde abgebrochen; es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>gc::QuotaBar</name>
    <message>
        <source>%1 %2 (unlimited)</source>
        <translation>%1 %2 (unbegrenzt)</translation>
    </message>
    <message>
        <source>%1 / %2 %3 (%4 %)</source>
        <translation>%1 / %2 %3 (%4 %)</translation>
    </message>
    <message>
        <source>The limit is reached.</source>
        <translation>Das Limit ist erreicht.</translation>
    </message>
    <message>
        <source>Usage is at 80 % of the limit or more.</source>
        <translation>Die Nutzung liegt bei 80 % des Limits oder darüber.</translation>
    </message>
</context>
<context>
    <name>gc::ReportDialog</name>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;CSV of all events</source>
        <translation>&amp;CSV aller Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Sign a checkpoint first if none covers the end of the period</source>
        <translation>Zuerst einen Checkpoint signieren, wenn keiner das Ende des Zeitraums abdeckt</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Compliance-Bericht</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Ordner für den Bericht</translation>
    </message>
    <message>
        <source>Your role may not sign checkpoints; the report uses the existing ones.</source>
        <translation>Ihre Rolle darf keine Checkpoints signieren; der Bericht verwendet die vorhandenen.</translation>
    </message>
    <message>
        <source>The files written and their SHA-256 appear here.</source>
        <translation>Die geschriebenen Dateien und ihr SHA-256 erscheinen hier.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>through</source>
        <translation>bis einschließlich</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Regelwerk:</translation>
    </message>
    <message>
        <source>P&amp;eriod (UTC):</source>
        <translation>&amp;Zeitraum (UTC):</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The report proves its own completeness: the query it used, the first and last sequence numbers with a gap check, the signed checkpoints around the period with the consistency proof between them, and a full re-hash of the log. Each file written is recorded in the audit trail with its SHA-256.</source>
        <translation>Der Bericht weist seine eigene Vollständigkeit nach: die verwendete Abfrage, die erste und letzte Sequenznummer mit Lückenprüfung, die signierten Checkpoints um den Zeitraum mit dem Konsistenznachweis zwischen ihnen und eine vollständige Hash-Neuberechnung des Protokolls. Jede geschriebene Datei wird mit ihrem SHA-256 im Prüfpfad erfasst.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The report could not be recorded in the audit trail, so its files were removed.</source>
        <translation>Der Bericht konnte nicht im Prüfpfad erfasst werden; daher wurden seine Dateien entfernt.</translation>
    </message>
    <message>
        <source>%1
  %2 bytes, SHA-256 %3
  recorded as audit event %4</source>
        <translation>%1
  %2 Bytes, SHA-256 %3
  als Audit-Ereignis %4 erfasst</translation>
    </message>
    <message>
        <source>%1 events in the period (sequence numbers %2 to %3).</source>
        <translation>%1 Ereignisse im Zeitraum (Sequenznummern %2 bis %3).</translation>
    </message>
    <message>
        <source>No signed checkpoint covers the end of the period yet; sign one and generate the report again.</source>
        <translation>Noch deckt kein signierter Checkpoint das Ende des Zeitraums ab; signieren Sie einen und erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <source>Done. Completeness proven: no gaps, signed checkpoints consistent, log intact.</source>
        <translation>Fertig. Vollständigkeit nachgewiesen: keine Lücken, signierte Checkpoints konsistent, Protokoll intakt.</translation>
    </message>
    <message>
        <source>Done, but completeness is NOT proven; see the report&apos;s last section.</source>
        <translation>Fertig, aber die Vollständigkeit ist NICHT nachgewiesen; siehe letzten Abschnitt des Berichts.</translation>
    </message>
</context>
<context>
    <name>gc::ResetPasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>gc::ResolveAlertDialog</name>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Resolve Alert %1</source>
        <translation>Alarm %1 beheben</translation>
    </message>
    <message>
        <source>&amp;How was it resolved? (required)</source>
        <translation>&amp;Wie wurde er behoben? (erforderlich)</translation>
    </message>
    <message>
        <source>e.g. Confirmed with the operator; the password was reset</source>
        <translation>z. B. Mit dem Bediener abgestimmt; das Passwort wurde zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>gc::SigningKey</name>
    <message>
        <source>An Ed25519 private key seed is 32 bytes.</source>
        <translation>Der Seed eines privaten Ed25519-Schlüssels ist 32 Bytes lang.</translation>
    </message>
    <message>
        <source>The signing key file %1 does not exist.</source>
        <translation>Die Signaturschlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the signing key file %1: %2</source>
        <translation>Die Signaturschlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The signing key path %1 is not a regular file.</source>
        <translation>Der Signaturschlüsselpfad %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The signing key file %1 can be accessed by other users (permissions %2). Refusing to use it: restrict it with &quot;chmod 600 %1&quot; and consider the key compromised if others could read it.</source>
        <translation>Andere Benutzer können auf die Signaturschlüsseldatei %1 zugreifen (Berechtigungen %2). Sie wird nicht verwendet: Schränken Sie sie mit „chmod 600 %1“ ein und betrachten Sie den Schlüssel als kompromittiert, falls andere ihn lesen konnten.</translation>
    </message>
    <message>
        <source>The signing key file %1 belongs to another user. Refusing to use it.</source>
        <translation>Die Signaturschlüsseldatei %1 gehört einem anderen Benutzer. Sie wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a signing key file.</source>
        <translation>Die Datei %1 ist zu groß für eine Signaturschlüsseldatei.</translation>
    </message>
    <message>
        <source>The file %1 does not hold a private key in PEM format.</source>
        <translation>Die Datei %1 enthält keinen privaten Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>The key in %1 is not an Ed25519 key; audit checkpoints need Ed25519.</source>
        <translation>Der Schlüssel in %1 ist kein Ed25519-Schlüssel; Audit-Checkpoints erfordern Ed25519.</translation>
    </message>
    <message>
        <source>The signing key file %1 already exists; it is never overwritten.</source>
        <translation>Die Signaturschlüsseldatei %1 existiert bereits; sie wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the signing key file %1: %2</source>
        <translation>Die Signaturschlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A checkpoint needs a tree size and time of at least 0 and a 32-byte root hash.</source>
        <translation>Ein Checkpoint braucht eine Baumgröße und eine Zeit von mindestens 0 und einen 32 Bytes langen Wurzel-Hash.</translation>
    </message>
</context>
<context>
    <name>gc::SqliteAuditRepository</name>
    <message>
        <source>The audit log&apos;s search index is damaged. Run “audit verify” to check the log itself.</source>
        <translation>Der Suchindex des Audit-Protokolls ist beschädigt. Führen Sie „audit verify“ aus, um das Protokoll selbst zu prüfen.</translation>
    </message>
</context>
<context>
    <name>gc::SuspendDialog</name>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>While suspended, the tenant keeps all its data but its API keys stop working. You can reactivate it at any time.</source>
        <translation>Während der Sperrung behält der Mandant alle seine Daten, aber seine API-Schlüssel funktionieren nicht mehr. Sie können ihn jederzeit reaktivieren.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <source>e.g. Invoice 2026-114 unpaid for 60 days</source>
        <translation>z. B. Rechnung 2026-114 seit 60 Tagen unbezahlt</translation>
    </message>
    <message>
        <source>Enter the reason for the suspension.</source>
        <translation>Geben Sie den Grund für die Sperrung ein.</translation>
    </message>
</context>
<context>
    <name>gc::TenantConfigModel</name>
    <message>
        <source>Stored in the largest whole unit: s = seconds, m = minutes, h = hours, d = days</source>
        <translation>Gespeichert in der größten ganzen Einheit: s = Sekunden, m = Minuten, h = Stunden, d = Tage</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>gc::TenantDetailPanel</name>
    <message>
        <source>Select a tenant in the list to see its quotas, usage, users, API keys and configuration.</source>
        <translation>Wählen Sie in der Liste einen Mandanten aus, um Kontingente, Nutzung, Benutzer, API-Schlüssel und Konfiguration anzuzeigen.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation>Anfragen heute</translation>
    </message>
    <message>
        <source>Requests per day, last 30 days</source>
        <translation>Anfragen pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Con&amp;figuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>&amp;Set…</source>
        <translation>&amp;Festlegen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation>Slug: %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Contact: %1 &lt;%2&gt;</source>
        <translation>Kontakt: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Suspended since %1: %2</source>
        <translation>Gesperrt seit %1: %2</translation>
    </message>
    <message>
        <source>Offboarding: read-only. Can be purged from %1.</source>
        <translation>Offboarding: schreibgeschützt. Kann ab %1 endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>The tenant is offboarding and read-only.</source>
        <translation>Der Mandant befindet sich im Offboarding und ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Revoke API Key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2)? Requests using it fail from now on.</source>
        <translation>Den Schlüssel „%1“ (%2) widerrufen? Anfragen mit diesem Schlüssel schlagen ab sofort fehl.</translation>
    </message>
    <message>
        <source>Remove Setting</source>
        <translation>Einstellung entfernen</translation>
    </message>
    <message>
        <source>Remove the setting &quot;%1&quot;?</source>
        <translation>Die Einstellung „%1“ entfernen?</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>gc::TenantTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 active users allowed by the %3 tier</source>
        <translation>%1 von %2 aktiven Benutzern, die der Tarif %3 erlaubt</translation>
    </message>
    <message>
        <source>%1 active users (the %2 tier has no user limit)</source>
        <translation>%1 aktive Benutzer (der Tarif %2 hat kein Benutzerlimit)</translation>
    </message>
    <message>
        <source>%1 of %2 requests allowed per day (UTC)</source>
        <translation>%1 von %2 erlaubten Anfragen pro Tag (UTC)</translation>
    </message>
    <message>
        <source>%1 requests today (UTC); no daily limit</source>
        <translation>%1 Anfragen heute (UTC); kein Tageslimit</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>Read-only; can be purged from %1</source>
        <translation>Schreibgeschützt; kann ab %1 endgültig gelöscht werden</translation>
    </message>
    <message>
        <source>Contact: %1 &lt;%2&gt;</source>
        <translation>Kontakt: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Requests Today</source>
        <translation>Anfragen heute</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>gc::TenantUserDialog</name>
    <message>
        <source>Edit User</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>gc::TenantUserModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Deactivated on %1; does not count against the user quota</source>
        <translation>Am %1 deaktiviert; zählt nicht zum Benutzerkontingent</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>gc::TenantsPane</name>
    <message>
        <source>Tenant Actions</source>
        <translation>Mandantenaktionen</translation>
    </message>
    <message>
        <source>Search name, slug, contact or region (Ctrl+F)</source>
        <translation>Name, Slug, Kontakt oder Region suchen (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>No tenants yet — provision the first one.</source>
        <translation>Noch keine Mandanten — legen Sie den ersten an.</translation>
    </message>
    <message>
        <source>&amp;Provision Tenant…</source>
        <translation>Mandant &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Anlegen…</translation>
    </message>
    <message>
        <source>Create a new tenant (Ctrl+N)</source>
        <translation>Neuen Mandanten anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Change &amp;Tier…</source>
        <translation>Tari&amp;f ändern…</translation>
    </message>
    <message>
        <source>Move the selected tenant to another tier</source>
        <translation>Ausgewählten Mandanten in einen anderen Tarif verschieben</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>S&amp;perren…</translation>
    </message>
    <message>
        <source>Suspend the selected tenant; its API keys stop working</source>
        <translation>Ausgewählten Mandanten sperren; seine API-Schlüssel funktionieren nicht mehr</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>End the suspension of the selected tenant</source>
        <translation>Sperrung des ausgewählten Mandanten aufheben</translation>
    </message>
    <message>
        <source>&amp;Offboard…</source>
        <translation>&amp;Offboarding…</translation>
    </message>
    <message>
        <source>Make the selected tenant read-only and start its grace period</source>
        <translation>Ausgewählten Mandanten schreibschützen und seine Karenzzeit starten</translation>
    </message>
    <message>
        <source>P&amp;urge…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete an offboarded tenant and everything it owns</source>
        <translation>Einen Mandanten im Offboarding mit allen seinen Daten löschen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the tenants again from the store (F5)</source>
        <translation>Mandanten erneut aus dem Datenspeicher lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Find Tenant</source>
        <translation>Mandant such&amp;en</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n Mandant</numerusform>
            <numerusform>%n Mandanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tenant(s)</source>
        <translation>
            <numerusform>%1 von %n Mandant</numerusform>
            <numerusform>%1 von %n Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected tenant&apos;s name, contact and region (double-click)</source>
        <translation>Name, Kontakt und Region des ausgewählten Mandanten bearbeiten (Doppelklick)</translation>
    </message>
    <message>
        <source>E&amp;xport Users…</source>
        <translation>Benutzer e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected tenant&apos;s users to a file</source>
        <translation>Die Benutzer des ausgewählten Mandanten in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Export this tenant&apos;s users to a file</source>
        <translation>Die Benutzer dieses Mandanten in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Export this tenant&apos;s usage over the chart&apos;s days to a file</source>
        <translation>Die Nutzung dieses Mandanten über die Tage des Diagramms in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
</context>
<context>
    <name>gc::UsageChartView</name>
    <message>
        <source>No requests recorded in this period</source>
        <translation>In diesem Zeitraum wurden keine Anfragen erfasst</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Quota %1</source>
        <translation>Kontingent %1</translation>
    </message>
    <message>
        <source>Requests (no daily quota)</source>
        <translation>Anfragen (kein Tageskontingent)</translation>
    </message>
</context>
<context>
    <name>gc::XlsxWriter</name>
    <message>
        <source>The XLSX library (libxlsxwriter) could not be loaded; install the libxlsxwriter4 package.</source>
        <translation>Die XLSX-Bibliothek (libxlsxwriter) konnte nicht geladen werden; installieren Sie das Paket libxlsxwriter4.</translation>
    </message>
    <message>
        <source>A sheet name has 1 to 31 characters.</source>
        <translation>Ein Tabellenblattname hat 1 bis 31 Zeichen.</translation>
    </message>
    <message>
        <source>A sheet name cannot contain [ ] : * ? / \ or control characters.</source>
        <translation>Ein Tabellenblattname darf weder [ ] : * ? / \ noch Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A sheet name cannot start or end with an apostrophe.</source>
        <translation>Ein Tabellenblattname darf nicht mit einem Apostroph beginnen oder enden.</translation>
    </message>
    <message>
        <source>Excel reserves the sheet name “History”.</source>
        <translation>Excel reserviert den Tabellenblattnamen „History“.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the spreadsheet library refused the value: %1</source>
        <translation>Die Tabellenkalkulationsbibliothek hat den Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 columns.</source>
        <translation>Ein Tabellenblatt enthält höchstens %1 Spalten.</translation>
    </message>
    <message>
        <source>The spreadsheet refused the sheet name “%1”.</source>
        <translation>Die Arbeitsmappe hat den Tabellenblattnamen „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>a spreadsheet cell cannot hold a NUL character.</source>
        <translation>Eine Tabellenzelle kann kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>the text has %1 characters; a spreadsheet cell holds at most 32,767.</source>
        <translation>Der Text hat %1 Zeichen; eine Tabellenzelle fasst höchstens 32.767.</translation>
    </message>
</context>
<context>
    <name>gc::XmlWriter</name>
    <message>
        <source>“%1” cannot be an XML element name.</source>
        <translation>„%1“ kann kein XML-Elementname sein.</translation>
    </message>
    <message>
        <source>the text holds a control character that XML 1.0 cannot represent.</source>
        <translation>Der Text enthält ein Steuerzeichen, das XML 1.0 nicht darstellen kann.</translation>
    </message>
</context>
</TS>
