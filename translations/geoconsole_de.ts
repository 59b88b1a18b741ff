<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
</context>
<context>
    <name>CliDemo</name>
    <message>
        <source>Writes a new store filled with believable demo data: tenants, users, API keys, request logs, models and predictions, plus demo operator accounts. The same options always give the same data.</source>
        <translation>Schreibt einen neuen Datenspeicher mit glaubwürdigen Demodaten: Mandanten, Benutzer, API-Schlüssel, Anfrageprotokolle, Modelle und Vorhersagen sowie Demo-Bedienerkonten. Dieselben Optionen ergeben immer dieselben Daten.</translation>
    </message>
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
</context>
<context>
    <name>gc::MerkleProofVerifier</name>
    <message>
        <source>The proof is valid.</source>
        <translation>Der Beweis ist gültig.</translation>
    </message>
    <message>
        <source>A hash in the proof, or a leaf or root hash, is not 32 bytes long.</source>
        <translation>Ein Hash im Beweis oder ein Blatt- oder Wurzel-Hash ist nicht 32 Bytes lang.</translation>
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
        <translation>Der Beweis hat weniger Hashes, als die Baumgrößen erfordern.</translation>
    </message>
    <message>
        <source>The proof has more hashes than the tree sizes require.</source>
        <translation>Der Beweis hat mehr Hashes, als die Baumgrößen erfordern.</translation>
    </message>
    <message>
        <source>The proof does not lead to the expected root hash: the log or the proof has been altered.</source>
        <translation>Der Beweis führt nicht zum erwarteten Wurzel-Hash: Das Protokoll oder der Beweis wurde verändert.</translation>
    </message>
    <message>
        <source>The serialized proof ends too early.</source>
        <translation>Der serialisierte Beweis endet zu früh.</translation>
    </message>
    <message>
        <source>The serialized proof has extra bytes after its last hash.</source>
        <translation>Der serialisierte Beweis hat überzählige Bytes nach seinem letzten Hash.</translation>
    </message>
    <message>
        <source>The serialized proof has an unsupported format version.</source>
        <translation>Der serialisierte Beweis hat eine nicht unterstützte Formatversion.</translation>
    </message>
    <message>
        <source>The serialized proof is neither an inclusion nor a consistency proof.</source>
        <translation>Der serialisierte Beweis ist weder ein Inklusions- noch ein Konsistenzbeweis.</translation>
    </message>
    <message>
        <source>The proof text is not valid base64.</source>
        <translation>Der Beweistext ist kein gültiges Base64.</translation>
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
        <translation>Kein Konsistenzbeweis von Größe %1 zu Größe %2: Die erste Größe muss zwischen 0 und der zweiten liegen.</translation>
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
</TS>
