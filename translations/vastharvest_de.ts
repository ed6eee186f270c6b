<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+24"/>
        <source>Download, verify and only then destroy GPU instances.</source>
        <translation>GPU-Instanzen herunterladen, verifizieren und erst dann zerstören.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show simulated instances with generated sample models.</source>
        <translation>Simulierte Instanzen mit erzeugten Beispielmodellen anzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep journals, the audit log and known hosts in DIR.</source>
        <translation>Journale, Audit-Protokoll und bekannte Hosts in ORDNER ablegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this Vast.ai API address.</source>
        <translation>Diese Vast.ai-API-Adresse verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the API key from FILE.</source>
        <translation>Den API-Schlüssel aus DATEI lesen.</translation>
    </message>
</context>
<context>
    <name>vh::ApiKeySource</name>
    <message>
        <location filename="../app/settings/apikeysource.cpp" line="+28"/>
        <source>Save the key in Settings, set the environment variable VAST_API_KEY, or pass --api-key-file FILE.</source>
        <translation>Speichern Sie den Schlüssel in den Einstellungen, setzen Sie die Umgebungsvariable VAST_API_KEY oder übergeben Sie --api-key-file DATEI.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No Vast.ai API key was found. %1</source>
        <translation>Es wurde kein Vast.ai-API-Schlüssel gefunden. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Vast.ai API key was found, and the keychain could not be read (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own description of the failure.</extracomment>
        <translation>Es wurde kein Vast.ai-API-Schlüssel gefunden, und der Schlüsselbund konnte nicht gelesen werden (%1). %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environment variable VAST_API_KEY</source>
        <translation>die Umgebungsvariable VAST_API_KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the vastai CLI&apos;s file %1</source>
        <translation>die Datei %1 der vastai-CLI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no API key; it is empty. %2</source>
        <extracomment>%1 names where the key came from, e.g. &quot;The file /home/a/key&quot;.</extracomment>
        <translation>%1 ist leer und enthält keinen API-Schlüssel. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds several lines, but an API key is one line. Keep only the key from the Vast.ai console.</source>
        <translation>%1 enthält mehrere Zeilen, ein API-Schlüssel besteht aber aus einer Zeile. Behalten Sie nur den Schlüssel aus der Vast.ai-Konsole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds %2 characters, far more than an API key. Keep only the key from the Vast.ai console.</source>
        <translation>%1 enthält %2 Zeichen, weit mehr als ein API-Schlüssel. Behalten Sie nur den Schlüssel aus der Vast.ai-Konsole.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds spaces or characters that an API key cannot have. Copy the key again from the Vast.ai console.</source>
        <translation>%1 enthält Leerzeichen oder Zeichen, die in einem API-Schlüssel nicht vorkommen. Kopieren Sie den Schlüssel erneut aus der Vast.ai-Konsole.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The API key file %1 cannot be read: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation>Die API-Schlüsseldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key file %1 is too large to hold an API key.</source>
        <translation>Die API-Schlüsseldatei %1 ist zu groß für einen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1</source>
        <translation>Die Datei %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The environment variable VAST_API_KEY</source>
        <translation>Die Umgebungsvariable VAST_API_KEY</translation>
    </message>
</context>
<context>
    <name>vh::ApiKeyStore</name>
    <message>
        <location filename="../app/settings/apikeystore.cpp" line="+27"/>
        <source>No keychain is available to hold the Vast.ai API key (%1). On Linux, run a Secret Service such as GNOME Keyring or KWallet and unlock it; until then set the environment variable VAST_API_KEY.</source>
        <extracomment>%1 is the keychain library&apos;s own description of the failure.</extracomment>
        <translation>Es ist kein Schlüsselbund für den Vast.ai-API-Schlüssel verfügbar (%1). Starten Sie unter Linux einen Secret Service wie GNOME Keyring oder KWallet und entsperren Sie ihn; setzen Sie bis dahin die Umgebungsvariable VAST_API_KEY.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The API key to save</source>
        <translation>Der zu speichernde API-Schlüssel</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The keychain did not respond within %1 s. Check that it is unlocked (a password prompt may be waiting), or set the environment variable VAST_API_KEY.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. Prüfen Sie, ob er entsperrt ist (eventuell wartet eine Passwortabfrage), oder setzen Sie die Umgebungsvariable VAST_API_KEY.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+22"/>
        <source>No Vast.ai API key is saved in the keychain. Enter it in Settings, or set the environment variable VAST_API_KEY.</source>
        <translation>Im Schlüsselbund ist kein Vast.ai-API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein oder setzen Sie die Umgebungsvariable VAST_API_KEY.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain refused access to the Vast.ai API key (%1). Unlock the keychain or allow Vast Harvest to use it, then try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den Vast.ai-API-Schlüssel verweigert (%1). Entsperren Sie den Schlüsselbund oder erlauben Sie Vast Harvest den Zugriff, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The Vast.ai API key could not be removed from the keychain (%1).</source>
        <translation>Der Vast.ai-API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden (%1).</translation>
    </message>
</context>
<context>
    <name>vh::AuditLog</name>
    <message>
        <location filename="../app/harvest/auditlog.cpp" line="+33"/>
        <location line="+7"/>
        <source>Cannot append to the audit log %1: %2.</source>
        <translation>Das Audit-Protokoll %1 kann nicht ergänzt werden: %2.</translation>
    </message>
</context>
<context>
    <name>vh::CheckCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/command_check.cpp" line="+34"/>
        <location line="+5"/>
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n Tensor</numerusform>
            <numerusform>%n Tensoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRC-32 checked</source>
        <translation>CRC-32 geprüft</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 %3 - %4</source>
        <translation>%1: %2 %3 - %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>vastharvest-cli: &apos;check&apos; needs at least one FILE.</source>
        <translation>vastharvest-cli: &apos;check&apos; braucht mindestens eine DATEI.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: vastharvest-cli check [--json] FILE [FILE ...]
Checks the structure of GGUF, safetensors and zip-based checkpoints (.pt, .pth, .bin, .npz, .zip; zip entries are also checked against their CRC-32).
Exit status: 0 when no file is invalid or unreadable, 1 otherwise. Files of other formats are reported as not_checked and do not change the exit status.</source>
        <translation>Aufruf: vastharvest-cli check [--json] DATEI [DATEI ...]
Prüft die Struktur von GGUF-, safetensors- und zip-basierten Checkpoints (.pt, .pth, .bin, .npz, .zip; zip-Einträge werden zusätzlich gegen ihre CRC-32 geprüft).
Exit-Status: 0, wenn keine Datei ungültig oder unlesbar ist, sonst 1. Dateien anderer Formate werden als not_checked gemeldet und ändern den Exit-Status nicht.</translation>
    </message>
</context>
<context>
    <name>vh::CliApplication</name>
    <message>
        <location filename="../app/cli/cliapplication.cpp" line="+87"/>
        <source>Download files from GPU instances, verify them, and destroy an instance only when its files are proven safe.

Commands:
  instances             list the account&apos;s instances
  harvest TARGET        download and verify files (TARGET: instance id, or --ssh)
  status TARGET         show the journal and whether destroy is allowed
  verify TARGET         verify the local files of a journal again
  confirm ID --confirm ID  record that the verified files of an instance are what you want
  destroy ID --confirm ID  destroy an instance if the destroy gate is open
  check FILE...         check the format of local model files</source>
        <translation>Dateien von GPU-Instanzen herunterladen, verifizieren und eine Instanz erst zerstören, wenn ihre Dateien nachweislich sicher sind.

Befehle:
  instances             die Instanzen des Kontos auflisten
  harvest ZIEL          Dateien herunterladen und verifizieren (ZIEL: Instanz-ID oder --ssh)
  status ZIEL           das Journal zeigen und ob Zerstören erlaubt ist
  verify ZIEL           die lokalen Dateien eines Journals erneut verifizieren
  confirm ID --confirm ID  festhalten, dass die verifizierten Dateien einer Instanz die gewünschten sind
  destroy ID --confirm ID  eine Instanz zerstören, wenn die Zerstörungssperre offen ist
  check DATEI...        das Format lokaler Modelldateien prüfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vast.ai API base URL (default https://console.vast.ai; environment VASTHARVEST_API_URL).</source>
        <translation>Basis-URL der Vast.ai-API (Standard https://console.vast.ai; Umgebungsvariable VASTHARVEST_API_URL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Vast.ai API key from FILE.</source>
        <translation>Den Vast.ai-API-Schlüssel aus DATEI lesen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Folder for journals, the audit log and known host keys.</source>
        <translation>Ordner für Journale, Audit-Protokoll und bekannte Host-Schlüssel.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Known SSH host keys, OpenSSH format.</source>
        <translation>Bekannte SSH-Host-Schlüssel im OpenSSH-Format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH private key. Without it: the SSH agent, then ~/.ssh/id_*.</source>
        <translation>Privater SSH-Schlüssel. Ohne Angabe: der SSH-Agent, dann ~/.ssh/id_*.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print machine-readable JSON on stdout.</source>
        <translation>Maschinenlesbares JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log connections, retries and checks on stderr.</source>
        <translation>Verbindungen, Wiederholungen und Prüfungen auf stderr protokollieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote glob pattern (*, ? and **); repeatable.</source>
        <translation>Remote-Glob-Muster (*, ? und **); mehrfach angebbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local destination folder.</source>
        <translation>Lokaler Zielordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum size for files matching GLOB, e.g. &apos;*.gguf=5G&apos; (K, M, G, T are powers of 1024); repeatable.</source>
        <translation>Mindestgröße für Dateien, die auf GLOB passen, z. B. &apos;*.gguf=5G&apos; (K, M, G, T sind Potenzen von 1024); mehrfach angebbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GLOB=SIZE</source>
        <translation>GLOB=GRÖSSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust and remember the host key of a host seen for the first time.</source>
        <translation>Dem Host-Schlüssel eines erstmals gesehenen Hosts vertrauen und ihn speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files downloaded at the same time (default 2).</source>
        <translation>Gleichzeitig heruntergeladene Dateien (Standard 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Connections used for one large file, each fetching its own byte range (default 4; 1 turns it off).</source>
        <translation>Verbindungen für eine große Datei, jede lädt ihren eigenen Byte-Bereich (Standard 4; 1 schaltet es ab).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size from which a file is fetched over several streams (default 256M).</source>
        <translation>Größe, ab der eine Datei über mehrere Streams geladen wird (Standard 256M).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain SSH target instead of an instance id.</source>
        <translation>Einfaches SSH-Ziel statt einer Instanz-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER@HOST:PORT</source>
        <translation>BENUTZER@HOST:PORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the instance id to confirm a destroy.</source>
        <translation>Instanz-ID wiederholen, um das Zerstören zu bestätigen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>vastharvest-cli: %1</source>
        <translation>vastharvest-cli: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;vastharvest-cli --help&apos; for the commands and options.</source>
        <translation>Mit &apos;vastharvest-cli --help&apos; werden Befehle und Optionen angezeigt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation>Option --%1 gilt nicht für &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>vh::CliProvider</name>
    <message>
        <location filename="../app/cli/cliprovider.cpp" line="+26"/>
        <source>Using the Vast.ai API key from the vastai CLI&apos;s file %1.</source>
        <translation>Verwende den Vast.ai-API-Schlüssel aus der Datei %1 der vastai-CLI.</translation>
    </message>
</context>
<context>
    <name>vh::CliTarget</name>
    <message>
        <location filename="../app/cli/clitarget.cpp" line="+36"/>
        <source>give either an instance id or --ssh, not both.</source>
        <translation>geben Sie entweder eine Instanz-ID oder --ssh an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no target given: pass an instance id or --ssh USER@HOST:PORT.</source>
        <translation>kein Ziel angegeben: übergeben Sie eine Instanz-ID oder --ssh BENUTZER@HOST:PORT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an instance id (a positive number); for any other host use --ssh USER@HOST:PORT.</source>
        <translation>&apos;%1&apos; ist keine Instanz-ID (eine positive Zahl); für jeden anderen Host verwenden Sie --ssh BENUTZER@HOST:PORT.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Target %1, destination %2</source>
        <translation>Ziel %1, Zielordner %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      local  %1</source>
        <translation>      lokal  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      size   remote %1, local %2</source>
        <translation>      Größe  remote %1, lokal %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      sha256 remote %1</source>
        <translation>      sha256 remote %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>             local  %1</source>
        <translation>             lokal  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format not checked (size and SHA-256 only)</source>
        <translation>Format nicht geprüft (nur Größe und SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      format %1</source>
        <translation>      Format %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>      reason %1</source>
        <translation>      Grund  %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  problem: %1</source>
        <translation>  Problem: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy: allowed (confirmed for this report).</source>
        <translation>Zerstören: erlaubt (für diesen Bericht bestätigt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy: not allowed. %1</source>
        <translation>Zerstören: nicht erlaubt. %1</translation>
    </message>
</context>
<context>
    <name>vh::ConfirmDialog</name>
    <message>
        <location filename="../ui/confirmdialog.cpp" line="+38"/>
        <source>Confirm the harvest of instance %1</source>
        <translation>Ernte von Instanz %1 bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no label)</source>
        <translation>(keine Bezeichnung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;These files were copied from instance &lt;b&gt;%1&lt;/b&gt; (%2) and verified. Confirm only if they are everything you need: once the instance is destroyed, its disk is gone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Dateien wurden von Instanz &lt;b&gt;%1&lt;/b&gt; (%2) kopiert und verifiziert. Bestätigen Sie nur, wenn das alles ist, was Sie brauchen: Sobald die Instanz zerstört ist, ist auch ihr Datenträger weg.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote size</source>
        <translation>Remote-Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local size</source>
        <translation>Lokale Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 match</source>
        <translation>SHA-256-Abgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ match</source>
        <translation>✓ stimmt überein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ differs</source>
        <translation>✗ weicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote %1
local  %2</source>
        <translation>remote %1
lokal  %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$%1 per hour until it is destroyed</source>
        <translation>$%1 pro Stunde, bis sie zerstört ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still paying:</source>
        <translation>Laufende Kosten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type %1 to confirm</source>
        <translation>zum Bestätigen %1 eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance id</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type the instance id:</source>
        <translation>Instanz-ID &amp;eingeben:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>vh::DemoProvider</name>
    <message>
        <location filename="../app/cloud/demoprovider.cpp" line="+34"/>
        <source>Cannot write the demo file %1: %2.</source>
        <translation>Die Demo-Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Demo instance %1 does not exist.</source>
        <translation>Die Demo-Instanz %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo instance %1 was destroyed (simulated).</source>
        <translation>Die Demo-Instanz %1 wurde zerstört (simuliert).</translation>
    </message>
</context>
<context>
    <name>vh::DestroyCommand</name>
    <message>
        <location filename="../app/cli/command_destroy.cpp" line="+24"/>
        <source>Destroy refused: --confirm %1 does not repeat the instance id %2.</source>
        <translation>Zerstören abgelehnt: --confirm %1 wiederholt nicht die Instanz-ID %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vastharvest-cli confirm: %1</source>
        <translation>vastharvest-cli confirm: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only instances can be confirmed for destroy.</source>
        <translation>nur Instanzen können zum Zerstören bestätigt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>vastharvest-cli confirm: repeat the instance id with --confirm ID.</source>
        <translation>vastharvest-cli confirm: wiederholen Sie die Instanz-ID mit --confirm ID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirmed the verified files of instance %1.</source>
        <translation>Die verifizierten Dateien von Instanz %1 sind bestätigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vastharvest-cli destroy: %1</source>
        <translation>vastharvest-cli destroy: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vastharvest-cli destroy: %1 is a plain SSH host; only instances can be destroyed.</source>
        <translation>vastharvest-cli destroy: %1 ist ein einfacher SSH-Host; nur Instanzen können zerstört werden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Destroy refused: %1</source>
        <translation>Zerstören verweigert: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Instance %1 was destroyed.</source>
        <translation>Instanz %1 wurde zerstört.</translation>
    </message>
</context>
<context>
    <name>vh::DestroyGate</name>
    <message>
        <location filename="../app/harvest/destroygate.cpp" line="+32"/>
        <source>its remote size %1 and local size %2 differ</source>
        <translation>ihre entfernte Größe %1 und lokale Größe %2 unterscheiden sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its remote and local SHA-256 differ</source>
        <translation>ihr entfernter und lokaler SHA-256 unterscheiden sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its format check says %1</source>
        <translation>ihre Formatprüfung meldet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its local path %1 is not %2 below the destination %3</source>
        <translation>ihr lokaler Pfad %1 ist nicht %2 unterhalb des Ziels %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>reading it back was cancelled</source>
        <translation>das erneute Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it was replaced, deleted or written to while the files were read back</source>
        <translation>sie wurde ersetzt, gelöscht oder beschrieben, während die Dateien erneut gelesen wurden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a plain SSH host, not a cloud instance; there is nothing to destroy.</source>
        <translation>%1 ist ein einfacher SSH-Host, keine Cloud-Instanz; es gibt nichts zu zerstören.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 was already destroyed.</source>
        <translation>Instanz %1 wurde bereits zerstört.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal of %1 names instance %2. It was copied or edited; harvest again.</source>
        <translation>Das Journal von %1 nennt Instanz %2. Es wurde kopiert oder bearbeitet; holen Sie die Dateien erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No files were harvested from instance %1. Harvest and verify them first.</source>
        <translation>Von Instanz %1 wurden keine Dateien geerntet. Ernten und verifizieren Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last harvest of %1 did not cover everything selected: %2%3 Fix the patterns or the files on the instance and harvest again.</source>
        <translation>Die letzte Ernte von %1 hat nicht alles Ausgewählte erfasst: %2%3 Korrigieren Sie die Muster oder die Dateien auf der Instanz und ernten Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (and %1 more problems).</source>
        <translation> (und %1 weitere Probleme).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another record uses the same local copy</source>
        <translation>ein anderer Eintrag verwendet dieselbe lokale Kopie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal calls %1 verified, but %2. It was edited or damaged; verify again.</source>
        <translation>Das Journal nennt %1 verifiziert, aber %2. Es wurde bearbeitet oder beschädigt; verifizieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not verified (%2). Harvest or verify it again.</source>
        <translation>%1 ist nicht verifiziert (%2). Ernten oder verifizieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local copy %1 is missing. Harvest it again.</source>
        <translation>Die lokale Kopie %1 fehlt. Ernten Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local copy %1 changed since it was verified (size %2 then, %3 now). Verify again and confirm again.</source>
        <translation>Die lokale Kopie %1 hat sich seit der Verifizierung geändert (Größe damals %2, jetzt %3). Verifizieren und bestätigen Sie erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local copy %1 could not be read back before destroying: %2. Verify again and confirm again.</source>
        <translation>Die lokale Kopie %1 konnte vor dem Zerstören nicht erneut gelesen werden: %2. Verifizieren und bestätigen Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no hash was computed</source>
        <translation>es wurde kein Hash berechnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bytes of the local copy %1 changed since it was verified, although its size and time did not (SHA-256 %2 then, %3 now). Harvest it again.</source>
        <translation>Der Inhalt der lokalen Kopie %1 hat sich seit der Verifizierung geändert, obwohl Größe und Zeit gleich blieben (SHA-256 damals %2, jetzt %3). Holen Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody confirmed the verified files of instance %1 yet. Confirm them and type the instance id: Confirm in the window, or vastharvest-cli confirm %1 --confirm %1.</source>
        <translation>Noch niemand hat die verifizierten Dateien von Instanz %1 bestätigt. Bestätigen Sie sie mit der Instanz-ID: Bestätigen im Fenster oder vastharvest-cli confirm %1 --confirm %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The confirmation of %1 was given for an earlier verification report. Confirm the current one.</source>
        <translation>Die Bestätigung von %1 gilt für einen früheren Verifizierungsbericht. Bestätigen Sie den aktuellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The typed id &apos;%1&apos; is not the instance id %2.</source>
        <translation>Die eingegebene ID &apos;%1&apos; ist nicht die Instanz-ID %2.</translation>
    </message>
</context>
<context>
    <name>vh::DialogService</name>
    <message>
        <location filename="../ui/dialogservice.cpp" line="+31"/>
        <source>SSH host key changed</source>
        <translation>SSH-Host-Schlüssel geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH host key of %1 is not the one remembered. Nothing was downloaded.</source>
        <translation>Der SSH-Host-Schlüssel von %1 ist nicht der gespeicherte. Es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remembered: %1
Offered now: %2

%3</source>
        <translation>Gespeichert: %1
Jetzt angeboten: %2

%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Destroy instance %1?</source>
        <translation>Instanz %1 zerstören?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy instance %1 (%2)? This deletes its disk and everything on it.</source>
        <translation>Instanz %1 (%2) zerstören? Dabei werden ihr Datenträger und alles darauf gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>no label</source>
        <translation>keine Bezeichnung</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Destroy</source>
        <translation>Zerstören</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop instance %1?</source>
        <translation>Instanz %1 stoppen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop instance %1 (%2)?</source>
        <translation>Instanz %1 (%2) stoppen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stopped instance keeps its disk and keeps billing for storage until it is destroyed. It may not get its GPU back when started again.</source>
        <translation>Eine gestoppte Instanz behält ihren Datenträger, und der Speicher wird weiter berechnet, bis sie zerstört ist. Beim erneuten Start bekommt sie ihre GPU möglicherweise nicht zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harvests are running</source>
        <translation>Ernten laufen noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvests still running: %1. Quit and cancel them? Partial files are kept and resume next time.</source>
        <translation>Noch laufende Ernten: %1. Beenden und die Ernten abbrechen? Teildateien bleiben erhalten und werden beim nächsten Mal fortgesetzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vast.ai API key</source>
        <translation>Vast.ai-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the API key from the Vast.ai console (Account, API keys). It is stored in the system keychain only.</source>
        <translation>Fügen Sie den API-Schlüssel aus der Vast.ai-Konsole ein (Account, API Keys). Er wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase of the SSH key %1 to connect to %2. Vast Harvest keeps it in memory until it quits and never writes it to disk.</source>
        <translation>Geben Sie die Passphrase des SSH-Schlüssels %1 ein, um sich mit %2 zu verbinden. Vast Harvest behält sie bis zum Beenden im Arbeitsspeicher und schreibt sie nie auf die Festplatte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase did not unlock the key.</source>
        <translation>Die Passphrase hat den Schlüssel nicht entsperrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH key passphrase</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
</context>
<context>
    <name>vh::FileDownloader</name>
    <message>
        <location filename="../app/transfer/filedownloader.cpp" line="+54"/>
        <location line="+131"/>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The disk holding %1 is full: %2 more bytes are needed and %3 are free. Free some space or choose another destination; the partial file is kept and the download resumes from it.</source>
        <translation>Der Datenträger mit %1 ist voll: %2 weitere Bytes werden benötigt, %3 sind frei. Geben Sie Speicher frei oder wählen Sie einen anderen Zielordner; die Teildatei bleibt erhalten und der Download wird dort fortgesetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing %1 failed: %2.</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create the folder %1. Check the destination and its permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie den Zielordner und seine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1 for writing: %2.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The download of %1 was cancelled at %2 bytes; %3 is kept and resumes next time.</source>
        <translation>Der Download von %1 wurde bei %2 Bytes abgebrochen; %3 bleibt erhalten und wird beim nächsten Mal fortgesetzt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The download of %1 was cancelled; %2 is kept.</source>
        <translation>Der Download von %1 wurde abgebrochen; %2 bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing %1 to disk failed: %2.</source>
        <translation>Schreiben von %1 auf den Datenträger fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The download is complete in %1, but renaming it to %2 failed. If %2 exists, move it away and run the harvest again.</source>
        <translation>Der Download ist in %1 vollständig, aber das Umbenennen in %2 ist fehlgeschlagen. Falls %2 existiert, verschieben Sie die Datei und starten Sie die Ernte erneut.</translation>
    </message>
</context>
<context>
    <name>vh::FileModel</name>
    <message>
        <location filename="../ui/filemodel.cpp" line="+26"/>
        <source>%1 bytes</source>
        <extracomment>Tooltip of a size: the exact count, e.g. &quot;1,073,741,824 bytes&quot;</extracomment>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 valid</source>
        <translation>%1 gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unreadable</source>
        <translation>%1 unlesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1
saved as %2</source>
        <translation>%1
gespeichert als %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Remote path</source>
        <translation>Remote-Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote size</source>
        <translation>Remote-Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local size</source>
        <translation>Lokale Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote SHA-256</source>
        <translation>Remote-SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local SHA-256</source>
        <translation>Lokale SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>vh::FileVerifier</name>
    <message>
        <location filename="../app/verify/fileverifier.cpp" line="+27"/>
        <source>the test command is empty</source>
        <translation>der Testbefehl ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the test command %1 could not start: %2</source>
        <translation>der Testbefehl %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the test command %1 did not finish within %2 s</source>
        <translation>der Testbefehl %1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the test command %1 exited with status %2: %3</source>
        <translation>der Testbefehl %1 endete mit Status %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The minimum-size rule &apos;%1&apos; is not of the form GLOB=SIZE, e.g. &apos;*.gguf=5G&apos; (K, M, G, T are powers of 1024).</source>
        <translation>Die Mindestgrößen-Regel &apos;%1&apos; hat nicht die Form GLOB=GRÖSSE, z. B. &apos;*.gguf=5G&apos; (K, M, G, T sind Potenzen von 1024).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the local file %1 is missing</source>
        <translation>die lokale Datei %1 fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the remote size is unknown</source>
        <translation>die Remote-Größe ist unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size differs: local %1 bytes, remote %2 bytes</source>
        <translation>Größe weicht ab: lokal %1 Bytes, remote %2 Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the remote file was not checked again after the copy</source>
        <translation>die Remote-Datei wurde nach dem Kopieren nicht erneut geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the remote file changed during the download (size %1 to %2 bytes, modified %3 to %4); it may still be written. Wait until the job finished, then harvest again</source>
        <translation>die Remote-Datei hat sich während des Downloads geändert (Größe %1 auf %2 Bytes, geändert %3 auf %4); sie wird möglicherweise noch geschrieben. Warten Sie, bis der Job fertig ist, und ernten Sie dann erneut</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>verification was cancelled</source>
        <translation>die Verifizierung wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the remote SHA-256 is unknown</source>
        <translation>die Remote-SHA-256 ist unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 differs: local %1, remote %2</source>
        <translation>SHA-256 weicht ab: lokal %1, remote %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 format check failed: %2</source>
        <translation>%1-Formatprüfung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smaller than the minimum %1 set by &apos;%2&apos; (%3 bytes)</source>
        <translation>kleiner als das Minimum %1 aus &apos;%2&apos; (%3 Bytes)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the local file changed while it was verified</source>
        <translation>die lokale Datei hat sich während der Verifizierung geändert</translation>
    </message>
</context>
<context>
    <name>vh::FormatCheck</name>
    <message>
        <location filename="../app/verify/checksupport.cpp" line="+18"/>
        <source>at byte %1: %2</source>
        <translation>bei Byte %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected end of file (size %1 bytes)</source>
        <translation>unerwartetes Dateiende (Größe %1 Bytes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>format check cancelled</source>
        <translation>Formatprüfung abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/verify/formatcheck.cpp" line="+80"/>
        <source>format not checked</source>
        <translation>Format nicht geprüft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>vh::GgufCheck</name>
    <message>
        <location filename="../app/verify/ggufcheck.cpp" line="+233"/>
        <source>file of %1 bytes is too small to hold the GGUF magic</source>
        <translation>Datei mit %1 Bytes ist zu klein für die GGUF-Signatur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad magic %1, expected &quot;GGUF&quot; (47 47 55 46)</source>
        <translation>falsche Signatur %1, erwartet &quot;GGUF&quot; (47 47 55 46)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported GGUF version 0</source>
        <translation>nicht unterstützte GGUF-Version 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version field 0x%1 looks byte-swapped; big-endian GGUF files are not supported</source>
        <translation>Versionsfeld 0x%1 sieht nach vertauschter Byte-Reihenfolge aus; Big-Endian-GGUF-Dateien werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported GGUF version %1 (supported: 1, 2 and 3)</source>
        <translation>nicht unterstützte GGUF-Version %1 (unterstützt: 1, 2 und 3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file of %1 bytes ends inside the %2-byte GGUF v%3 header</source>
        <translation>Datei mit %1 Bytes endet innerhalb des %2 Byte großen GGUF-v%3-Headers</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>tensor count %1 cannot fit in the %2 bytes after the header (each tensor info takes at least %3 bytes)</source>
        <translation>Tensoranzahl %1 passt nicht in die %2 Bytes nach dem Header (jede Tensorinfo braucht mindestens %3 Bytes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>metadata count %1 cannot fit in the %2 bytes after the header and tensor infos (each key/value pair takes at least %3 bytes)</source>
        <translation>Metadatenanzahl %1 passt nicht in die %2 Bytes nach Header und Tensorinfos (jedes Schlüssel-Wert-Paar braucht mindestens %3 Bytes)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>string length %1 exceeds the %2 bytes left in the file</source>
        <translation>Zeichenkettenlänge %1 übersteigt die %2 verbleibenden Bytes der Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>string length %1 exceeds ggml&apos;s limit of 1 GiB</source>
        <translation>Zeichenkettenlänge %1 übersteigt die ggml-Grenze von 1 GiB</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>key length %1 exceeds the %2 bytes left in the file</source>
        <translation>Schlüssellänge %1 übersteigt die %2 verbleibenden Bytes der Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>metadata key is empty</source>
        <translation>Metadatenschlüssel ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key length %1 exceeds the GGUF limit of %2 bytes</source>
        <translation>Schlüssellänge %1 übersteigt die GGUF-Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>array has unknown element type %1</source>
        <translation>Array hat unbekannten Elementtyp %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arrays are nested more than %1 levels deep</source>
        <translation>Arrays sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>array of %1 elements exceeds ggml&apos;s limit of 2^30</source>
        <translation>Array mit %1 Elementen übersteigt die ggml-Grenze von 2^30</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>array of %1 %2 elements cannot fit in the %3 bytes left in the file</source>
        <translation>Array mit %1 Elementen vom Typ %2 passt nicht in die %3 verbleibenden Bytes der Datei</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>general.alignment has value type %1, expected UINT32</source>
        <translation>general.alignment hat den Werttyp %1, erwartet UINT32</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>general.alignment %1 is not a non-zero power of two</source>
        <translation>general.alignment %1 ist keine Zweierpotenz ungleich null</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>duplicate metadata key &apos;%1&apos;</source>
        <translation>doppelter Metadatenschlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>metadata key &apos;%1&apos; has unknown value type %2</source>
        <translation>Metadatenschlüssel &apos;%1&apos; hat unbekannten Werttyp %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>tensor name length %1 exceeds the %2 bytes left in the file</source>
        <translation>Tensornamenlänge %1 übersteigt die %2 verbleibenden Bytes der Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor name length %1 exceeds ggml&apos;s limit of %2 bytes</source>
        <translation>Tensornamenlänge %1 übersteigt die ggml-Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate tensor name &apos;%1&apos;</source>
        <translation>doppelter Tensorname &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos; has %2 dimensions, more than ggml&apos;s limit of %3</source>
        <translation>Tensor &apos;%1&apos; hat %2 Dimensionen, mehr als die ggml-Grenze von %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dimension %1 of tensor &apos;%2&apos; is negative (%3)</source>
        <translation>Dimension %1 von Tensor &apos;%2&apos; ist negativ (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>element count of tensor &apos;%1&apos; overflows 64 bits</source>
        <translation>Elementanzahl von Tensor &apos;%1&apos; läuft über 64 Bit über</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tensor &apos;%1&apos; has type %2 (%3), which ggml no longer supports</source>
        <translation>Tensor &apos;%1&apos; hat den Typ %2 (%3), den ggml nicht mehr unterstützt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos;: row length %2 is not a multiple of the %3 block size %4</source>
        <translation>Tensor &apos;%1&apos;: Zeilenlänge %2 ist kein Vielfaches der %3-Blockgröße %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>byte size of tensor &apos;%1&apos; overflows 64 bits</source>
        <translation>Bytegröße von Tensor &apos;%1&apos; läuft über 64 Bit über</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>data section would start at byte %1, past the end of the file (%2 bytes)</source>
        <translation>Datenbereich würde bei Byte %1 beginnen, hinter dem Dateiende (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tensor &apos;%1&apos; has offset %2, which is not a multiple of the alignment %3</source>
        <translation>Tensor &apos;%1&apos; hat den Offset %2, der kein Vielfaches der Ausrichtung %3 ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos; has offset %2, expected %3: tensor data must follow the order of the tensor infos without gaps or overlaps</source>
        <translation>Tensor &apos;%1&apos; hat den Offset %2, erwartet %3: Tensordaten müssen der Reihenfolge der Tensorinfos ohne Lücken oder Überlappungen folgen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos; has offset %2, before the offset %3 of the tensor declared before it</source>
        <translation>Tensor &apos;%1&apos; hat den Offset %2, vor dem Offset %3 des davor deklarierten Tensors</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>end of tensor &apos;%1&apos; overflows 64 bits</source>
        <translation>Ende von Tensor &apos;%1&apos; läuft über 64 Bit über</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>data of tensor &apos;%1&apos; starts past the end of the file (%2 bytes)</source>
        <translation>Daten von Tensor &apos;%1&apos; beginnen hinter dem Dateiende (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>data of tensor &apos;%1&apos; ends at byte %2, past the end of the file (%3 bytes); the file is truncated or the header is corrupt</source>
        <translation>Daten von Tensor &apos;%1&apos; enden bei Byte %2, hinter dem Dateiende (%3 Bytes); die Datei ist abgeschnitten oder der Header beschädigt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown tensor type %1 in tensor &apos;%2&apos;</source>
        <translation>unbekannter Tensortyp %1 in Tensor &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>vh::HarvestCommand</name>
    <message>
        <location filename="../app/cli/command_harvest.cpp" line="+41"/>
        <source>harvest needs at least one --remote PATTERN.</source>
        <translation>harvest braucht mindestens ein --remote MUSTER.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>harvest needs --dest DIR, the local folder for the files.</source>
        <translation>harvest braucht --dest ORDNER, den lokalen Ordner für die Dateien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--parallel takes a number from 1 to 16.</source>
        <translation>--parallel erwartet eine Zahl von 1 bis 16.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--streams takes a number from 1 to 16.</source>
        <translation>--streams erwartet eine Zahl von 1 bis 16.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--stream-threshold takes a size such as 256M.</source>
        <translation>--stream-threshold erwartet eine Größe wie 256M.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the identity file %1 does not exist.</source>
        <translation>die Schlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n file(s), %1 in all, into %2</source>
        <translation>
            <numerusform>%n Datei, insgesamt %1, nach %2</numerusform>
            <numerusform>%n Dateien, insgesamt %1, nach %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[%1/%2] %3  %4%  %5 of %6  %7  %8</source>
        <translation>[%1/%2] %3  %4%  %5 von %6  %7  %8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ETA %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>verified  %1</source>
        <translation>verifiziert     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED    %1: %2</source>
        <translation>FEHLGESCHLAGEN  %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+5"/>
        <source>vastharvest-cli harvest: %1</source>
        <translation>vastharvest-cli harvest: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Instance %1 does not exist in this account (any more).</source>
        <translation>Instanz %1 existiert in diesem Konto nicht (mehr).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1 has no SSH endpoint yet (status %2). Wait until it is running, then try again.</source>
        <translation>Instanz %1 hat noch keinen SSH-Zugang (Status %2). Warten Sie, bis sie läuft, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>vh::HarvestController</name>
    <message>
        <location filename="../ui/harvestcontroller.cpp" line="+143"/>
        <source>The SSH identity file %1 does not exist. Choose another one in Settings, or clear it to use the SSH agent.</source>
        <translation>Die SSH-Schlüsseldatei %1 existiert nicht. Wählen Sie in den Einstellungen eine andere oder leeren Sie das Feld, um den SSH-Agent zu verwenden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instance %1 has no SSH address yet (status %2). Wait until it runs, then refresh and harvest again.</source>
        <translation>Instanz %1 hat noch keine SSH-Adresse (Status %2). Warten Sie, bis sie läuft, aktualisieren Sie dann und ernten Sie erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+264"/>
        <source>Instance %1 is not in the account&apos;s list. Refresh the list and try again.</source>
        <translation>Instanz %1 ist nicht in der Liste des Kontos. Aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+96"/>
        <location line="+112"/>
        <location line="+20"/>
        <source>Instance %1 is busy; wait until it finishes or cancel it.</source>
        <translation>Instanz %1 ist beschäftigt; warten Sie, bis der Vorgang endet, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Instance %1 was destroyed; there is nothing left to harvest.</source>
        <translation>Instanz %1 wurde zerstört; es gibt nichts mehr zu ernten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No remote pattern for instance %1. Type one, e.g. /workspace/**/*.gguf, or use Browse.</source>
        <translation>Kein Remote-Muster für Instanz %1. Geben Sie eines ein, z. B. /workspace/**/*.gguf, oder verwenden Sie „Durchsuchen“.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Nothing was harvested from instance %1 yet; harvest it first.</source>
        <translation>Von Instanz %1 wurde noch nichts geerntet; ernten Sie zuerst.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Not connected to Vast.ai; set the API key in Settings first.</source>
        <translation>Nicht mit Vast.ai verbunden; legen Sie zuerst den API-Schlüssel in den Einstellungen fest.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No files were harvested from instance %1. Harvest and verify them first.</source>
        <translation>Von Instanz %1 wurden keine Dateien geerntet. Ernten und verifizieren Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>destroying…</source>
        <translation>wird zerstört…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying again…</source>
        <translation>wird erneut verifiziert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listing…</source>
        <translation>listet auf…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>harvesting (%1 of %2 files done)</source>
        <translation>Ernte läuft (%1 von %2 Dateien fertig)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>destroyed</source>
        <translation>zerstört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroy failed</source>
        <translation>Zerstören fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy outcome unknown</source>
        <translation>Ausgang des Zerstörens unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>confirmed (%1 of %1 verified)</source>
        <translation>bestätigt (%1 von %1 verifiziert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>local copy changed</source>
        <translation>lokale Kopie geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified (%1 of %1)</source>
        <translation>verifiziert (%1 von %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed (%1 of %2 files)</source>
        <translation>fehlgeschlagen (%1 von %2 Dateien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete (%1 of %2 verified)</source>
        <translation>unvollständig (%1 von %2 verifiziert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instance %1 is still being harvested or verified.</source>
        <translation>Instanz %1 wird noch geerntet oder verifiziert.</translation>
    </message>
</context>
<context>
    <name>vh::HarvestJob</name>
    <message>
        <location filename="../app/harvest/harvestjob.cpp" line="+37"/>
        <source>The harvest was cancelled. Partial files are kept and resume next time.</source>
        <translation>Die Ernte wurde abgebrochen. Teildateien bleiben erhalten und werden beim nächsten Mal fortgesetzt.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 Retrying (attempt %2 of %3).</source>
        <translation>%1 Neuer Versuch (%2 von %3).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 Reconnecting to resume %2 (attempt %3 of %4).</source>
        <translation>%1 Neue Verbindung, um %2 fortzusetzen (Versuch %3 von %4).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the listing</source>
        <translation>das Auflisten</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 already exists; it is verified as it is, not overwritten.</source>
        <translation>%1 existiert bereits; die Datei wird so verifiziert, wie sie ist, und nicht überschrieben.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The harvest that started at %1 has not listed the files yet.</source>
        <translation>Die Ernte, die um %1 begann, hat die Dateien noch nicht aufgelistet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The earlier journal was moved to %1, so that its confirmation no longer allows a destroy.</source>
        <translation>Das frühere Journal wurde nach %1 verschoben, damit seine Bestätigung kein Zerstören mehr erlaubt.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 did not match the instance&apos;s file last time; it was moved to %2 and is downloaded again.</source>
        <translation>%1 stimmte beim letzten Mal nicht mit der Datei der Instanz überein; sie wurde nach %2 verschoben und wird erneut heruntergeladen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 changed on the instance since the last harvest; its partial download was discarded.</source>
        <translation>%1 hat sich seit der letzten Ernte auf der Instanz geändert; der Teil-Download wurde verworfen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No file on %1 matched %2.</source>
        <translation>Keine Datei auf %1 passt auf %2.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>All %1 harvested files from %2 were verified, but %3 of what the patterns selected could not be harvested: %4</source>
        <translation>Alle %1 geernteten Dateien von %2 wurden verifiziert, aber %3 der von den Mustern ausgewählten Einträge konnten nicht geerntet werden: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 files from %3 failed verification; see each file&apos;s reason.</source>
        <translation>%1 von %2 Dateien von %3 haben die Verifizierung nicht bestanden; siehe den Grund bei jeder Datei.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every file from %1 was verified, but the journal could not be saved: %2 Destroy stays disabled. Free space or fix the permissions of the state folder, then verify again.</source>
        <translation>Alle Dateien von %1 wurden verifiziert, aber das Journal konnte nicht gespeichert werden: %2 Zerstören bleibt deaktiviert. Schaffen Sie Platz oder korrigieren Sie die Berechtigungen des Statusordners und verifizieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>vh::HostKeyDialog</name>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="+16"/>
        <source>New SSH host key</source>
        <translation>Neuer SSH-Host-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;This is the first connection to &lt;b&gt;%1&lt;/b&gt;. Its SSH server identifies itself with the key below. Before you trust it, compare the fingerprint with what &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; prints for the host keys in &lt;tt&gt;/etc/ssh&lt;/tt&gt; on the instance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dies ist die erste Verbindung zu &lt;b&gt;%1&lt;/b&gt;. Sein SSH-Server weist sich mit dem unten stehenden Schlüssel aus. Bevor Sie ihm vertrauen, vergleichen Sie den Fingerabdruck mit der Ausgabe von &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; für die Host-Schlüssel in &lt;tt&gt;/etc/ssh&lt;/tt&gt; auf der Instanz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered as:</source>
        <translation>Gespeichert als:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept and remember</source>
        <translation>Akzeptieren und &amp;merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &amp;once</source>
        <translation>&amp;Einmal verbinden</translation>
    </message>
</context>
<context>
    <name>vh::Instance</name>
    <message>
        <location filename="../app/cloud/instance.cpp" line="+22"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+169"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field &apos;%1&apos; should be %2 but is %3; it was ignored.</source>
        <extracomment>%1 is a JSON field name, %2 the expected type, %3 the type found.</extracomment>
        <translation>Das Feld &apos;%1&apos; sollte %2 sein, ist aber %3; es wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>an object of arrays</source>
        <translation>ein Objekt aus Arrays</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a HostPort string for each mapping</source>
        <translation>eine HostPort-Zeichenkette für jede Zuordnung</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+11"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Provisioning</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vast.ai sent an instance without a valid id (found %1); the row was skipped.</source>
        <translation>Vast.ai hat eine Instanz ohne gültige ID gesendet (gefunden: %1); die Zeile wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>vh::InstanceDestroyer</name>
    <message>
        <location filename="../app/harvest/instancedestroyer.cpp" line="+68"/>
        <source>Cannot confirm: %1</source>
        <translation>Bestätigen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another destroy of %1 is running (lock file %2). Wait until it ends, then check the instance&apos;s status.</source>
        <translation>Ein anderes Zerstören von %1 läuft bereits (Sperrdatei %2). Warten Sie, bis es endet, und prüfen Sie dann den Status der Instanz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1, so nothing was sent. Check the free space and permissions of the state folder.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden, daher wurde nichts gesendet. Prüfen Sie freien Platz und Berechtigungen des Statusordners.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An earlier destroy request for %1 has no known outcome, and reading the instance failed: %2</source>
        <translation>Eine frühere Zerstörungsanfrage für %1 hat keinen bekannten Ausgang, und das Lesen der Instanz ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The instance no longer exists.</source>
        <translation>Die Instanz existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instance %1 is already gone.</source>
        <translation>Instanz %1 ist bereits weg.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Reading %1 before destroying it failed: %2 Nothing was sent; try again.</source>
        <translation>Das Lesen von %1 vor dem Zerstören ist fehlgeschlagen: %2 Es wurde nichts gesendet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Destroy not sent: the journal could not record the request. %1</source>
        <translation>Zerstören nicht gesendet: Das Journal konnte die Anfrage nicht festhalten. %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Destroy not sent: the audit log could not record the request. %1</source>
        <translation>Zerstören nicht gesendet: Das Audit-Protokoll konnte die Anfrage nicht festhalten. %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The destroy request for %1 has no confirmed outcome: %2 Check the instance list before trying again.</source>
        <translation>Die Zerstörungsanfrage für %1 hat keinen bestätigten Ausgang: %2 Prüfen Sie die Instanzliste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destroying %1 failed: %2</source>
        <translation>Zerstören von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>vh::InstanceModel</name>
    <message>
        <location filename="../ui/instancemodel.cpp" line="+45"/>
        <source>provisioning</source>
        <translation>wird bereitgestellt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 × %2</source>
        <extracomment>GPU model times GPU count, e.g. &quot;RTX 4090 × 2&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$%1/h</source>
        <translation>$%1/h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>$%1 per hour since %2</source>
        <translation>$%1 pro Stunde seit %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Direct connection to the instance</source>
        <translation>Direkte Verbindung zur Instanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the Vast.ai SSH proxy</source>
        <translation>Über den SSH-Proxy von Vast.ai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The instance has no SSH address until it runs.</source>
        <translation>Die Instanz hat erst eine SSH-Adresse, wenn sie läuft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost so far</source>
        <translation>Bisherige Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest</source>
        <translation>Ernte</translation>
    </message>
</context>
<context>
    <name>vh::InstancesCommand</name>
    <message>
        <location filename="../app/cli/command_instances.cpp" line="+45"/>
        <source>%1 (proxy)</source>
        <translation>%1 (Proxy)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>$/H</source>
        <translation>$/H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>vastharvest-cli: &apos;instances&apos; takes no arguments, but got &apos;%1&apos;.</source>
        <translation>vastharvest-cli: &apos;instances&apos; erwartet keine Argumente, erhielt aber &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The account has no instances.</source>
        <translation>Das Konto hat keine Instanzen.</translation>
    </message>
</context>
<context>
    <name>vh::Journal</name>
    <message>
        <location filename="../app/harvest/journal.cpp" line="+194"/>
        <source>The journal has schema version %1; this Vast Harvest reads version %2. Use the version that wrote it.</source>
        <translation>Das Journal hat die Schemaversion %1; diese Vast-Harvest-Version liest Version %2. Verwenden Sie die Version, die es geschrieben hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal names no target.</source>
        <translation>Das Journal nennt kein Ziel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The journal&apos;s file list contains an entry that is not an object.</source>
        <translation>Die Dateiliste des Journals enthält einen Eintrag, der kein Objekt ist.</translation>
    </message>
</context>
<context>
    <name>vh::JournalStore</name>
    <message>
        <location filename="../app/harvest/journalstore.cpp" line="+47"/>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The journal %1 %2. It was moved to %3 and a new harvest starts; compare the files by hand before destroying anything.</source>
        <translation>Das Journal %1 %2. Es wurde nach %3 verschoben, und eine neue Ernte beginnt; vergleichen Sie die Dateien von Hand, bevor Sie etwas zerstören.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal %1 %2, and moving it aside failed. Move it away by hand.</source>
        <translation>Das Journal %1 %2, und das Verschieben ist fehlgeschlagen. Verschieben Sie es von Hand.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no journal for %1 in %2. Run a harvest first.</source>
        <translation>Es gibt kein Journal für %1 in %2. Starten Sie zuerst eine Ernte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 belongs to %2, not %3.</source>
        <translation>Das Journal %1 gehört zu %2, nicht zu %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the journal %1 aside to %2. Move it away by hand before destroying anything.</source>
        <translation>Das Journal %1 kann nicht nach %2 verschoben werden. Verschieben Sie es von Hand, bevor Sie etwas zerstören.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1 for journals.</source>
        <translation>Der Ordner %1 für Journale kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the journal %1: %2. Free some disk space and try again; the previous journal is kept.</source>
        <translation>Das Journal %1 kann nicht geschrieben werden: %2. Geben Sie Speicherplatz frei und versuchen Sie es erneut; das vorherige Journal bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the journal %1: %2. Free some disk space and try again.</source>
        <translation>Das Journal %1 kann nicht geschrieben werden: %2. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>vh::KnownHosts</name>
    <message>
        <location filename="../app/transfer/knownhosts.cpp" line="+175"/>
        <source>Cannot read the known hosts file %1: %2.</source>
        <translation>Die Datei der bekannten Hosts %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Refusing to store a malformed host key entry for %1.</source>
        <translation>Ein fehlerhafter Host-Schlüssel-Eintrag für %1 wird nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another program holds the lock on %1. Close it and try again.</source>
        <translation>Ein anderes Programm hält die Sperre auf %1. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Cannot write the known hosts file %1: %2.</source>
        <translation>Die Datei der bekannten Hosts %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>vh::LocalFolderAccess</name>
    <message>
        <location filename="../app/transfer/localfolderaccess.cpp" line="+41"/>
        <source>The demo files in %1 are missing. Restart the demo.</source>
        <translation>Die Demo-Dateien in %1 fehlen. Starten Sie die Demo neu.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The pattern &apos;%1&apos; matched no file.</source>
        <translation>Das Muster &apos;%1&apos; passt auf keine Datei.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+60"/>
        <source>Opening %1 failed: %2.</source>
        <translation>Öffnen von %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cannot open %1 for writing: %2.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The download of %1 was cancelled; %2 is kept.</source>
        <translation>Der Download von %1 wurde abgebrochen; %2 bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing %1 failed: %2.</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1 to disk failed: %2.</source>
        <translation>Schreiben von %1 auf den Datenträger fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renaming %1 to %2 failed; move %2 away and try again.</source>
        <translation>Umbenennen von %1 in %2 fehlgeschlagen; verschieben Sie %2 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading %1 was cancelled.</source>
        <translation>Lesen von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>vh::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+112"/>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vast Harvest</source>
        <translation>Vast Harvest</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Harvest</source>
        <translation>&amp;Ernten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the matching files and verify them</source>
        <translation>Die passenden Dateien herunterladen und verifizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify again</source>
        <translation>Erneut &amp;verifizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onfirm…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Destroy…</source>
        <translation>&amp;Zerstören…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop instance…</source>
        <translation>Instanz &amp;stoppen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open destination folder</source>
        <translation>Ziel&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse remote files…</source>
        <translation>Remote-Dateien &amp;durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Instance</source>
        <translation>&amp;Instanz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cost so far</source>
        <translation>Bisherige Kosten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remote &amp;patterns:</source>
        <translation>Remote-&amp;Muster:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. /workspace/**/*.gguf; /workspace/out/*.safetensors</source>
        <translation>z. B. /workspace/**/*.gguf; /workspace/out/*.safetensors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote glob patterns separated by &apos;;&apos;. ** matches any number of folders. Remembered per instance label.</source>
        <translation>Remote-Glob-Muster, getrennt durch &apos;;&apos;. ** passt auf beliebig viele Ordner. Wird pro Instanzbezeichnung gespeichert.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Instance %1: %2</source>
        <translation>Instanz %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every file of instance %1 verified again from disk. Confirm to allow destroying it.</source>
        <translation>Jede Datei von Instanz %1 wurde erneut vom Datenträger verifiziert. Bestätigen Sie, um das Zerstören zu erlauben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some files of instance %1 failed verification again; the Verdict column gives the reason. Harvest them again.</source>
        <translation>Einige Dateien von Instanz %1 haben die erneute Verifizierung nicht bestanden; die Spalte „Ergebnis“ nennt den Grund. Ernten Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to Vast.ai: %1</source>
        <translation>Keine Verbindung zu Vast.ai möglich: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Using the API key of the vastai CLI from %1. Import it in Settings to keep it in the keychain.</source>
        <translation>Verwende den API-Schlüssel der vastai-CLI aus %1. Importieren Sie ihn in den Einstellungen, um ihn im Schlüsselbund zu speichern.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The rows show the state of %1.</source>
        <translation>Die Zeilen zeigen den Stand von %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing the instance list failed: %1 %2</source>
        <translation>Aktualisieren der Instanzliste fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last refresh %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not connected to Vast.ai. Open Settings (%1) to set the API key, or start with --demo to try the app with simulated instances.</source>
        <translation>Nicht mit Vast.ai verbunden. Öffnen Sie die Einstellungen (%1), um den API-Schlüssel festzulegen, oder starten Sie mit --demo, um die Anwendung mit simulierten Instanzen auszuprobieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the instance list…</source>
        <translation>Instanzliste wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instances in this account. Rent one on Vast.ai; it appears here at the next refresh (F5).</source>
        <translation>Keine Instanzen in diesem Konto. Mieten Sie eine bei Vast.ai; sie erscheint hier bei der nächsten Aktualisierung (F5).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an instance above to see its files.</source>
        <translation>Wählen Sie oben eine Instanz aus, um ihre Dateien zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to instance %1 and listing the patterns…</source>
        <translation>Verbinde mit Instanz %1 und liste die Muster auf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No files harvested from instance %1 yet. Type remote patterns above or browse the instance (%2), then press Harvest (%3).</source>
        <translation>Von Instanz %1 wurden noch keine Dateien geerntet. Geben Sie oben Remote-Muster ein oder durchsuchen Sie die Instanz (%2), und klicken Sie dann auf „Ernten“ (%3).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select an instance.</source>
        <translation>Wählen Sie eine Instanz aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy disabled: instance %1 is busy (%2).</source>
        <translation>Zerstören gesperrt: Instanz %1 ist beschäftigt (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy allowed: every file of instance %1 is verified, unchanged and confirmed.</source>
        <translation>Zerstören erlaubt: Jede Datei von Instanz %1 ist verifiziert, unverändert und bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy disabled: %1</source>
        <translation>Zerstören gesperrt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 downloading</source>
        <extracomment>Window title while downloads run; the application name follows it.</extracomment>
        <translation>Downloads: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Instance %1 confirmed. Destroy is enabled as long as the local files stay unchanged.</source>
        <translation>Instanz %1 bestätigt. Zerstören ist möglich, solange die lokalen Dateien unverändert bleiben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the files of instance %1 back from disk; the destroy request goes out only if every byte still matches the verified copy.</source>
        <translation>Die Dateien von Instanz %1 werden erneut von der Festplatte gelesen; die Anfrage zum Zerstören wird nur gesendet, wenn jedes Byte noch der verifizierten Kopie entspricht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping instance %1 failed: %2</source>
        <translation>Stoppen von Instanz %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance %1 is stopping. It keeps billing for its disk until destroyed.</source>
        <translation>Instanz %1 wird gestoppt. Ihr Datenträger wird weiter berechnet, bis sie zerstört ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The destination %1 does not exist yet; it is created by the first harvest.</source>
        <translation>Der Zielordner %1 existiert noch nicht; er wird bei der ersten Ernte angelegt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>instance %1 (%2)</source>
        <translation>Instanz %1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The new API key is used after the running destroy request ends. Open Settings again then, or restart Vast Harvest.</source>
        <translation>Der neue API-Schlüssel wird verwendet, sobald die laufende Zerstörungsanfrage endet. Öffnen Sie dann erneut die Einstellungen oder starten Sie Vast Harvest neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to Vast.ai with the new key…</source>
        <translation>Verbinde mit Vast.ai mit dem neuen Schlüssel…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instance %1: all %2 files are downloaded and verified. Check them, then use Confirm (%3) to allow destroying the instance.</source>
        <translation>Instanz %1: Alle %2 Dateien sind heruntergeladen und verifiziert. Prüfen Sie sie und erlauben Sie dann mit „Bestätigen“ (%3) das Zerstören der Instanz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Harvest verified</source>
        <translation>Ernte verifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance %1 (%2): every file verified.</source>
        <translation>Instanz %1 (%2): Jede Datei ist verifiziert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Harvest of instance %1 failed: %2</source>
        <translation>Ernte von Instanz %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harvest failed</source>
        <translation>Ernte fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance %1 (%2): %3</source>
        <translation>Instanz %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1 was destroyed. %2</source>
        <translation>Instanz %1 wurde zerstört. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance destroyed</source>
        <translation>Instanz zerstört</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance %1 (%2) was destroyed.</source>
        <translation>Instanz %1 (%2) wurde zerstört.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destroy failed</source>
        <translation>Zerstören fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>vh::MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="+53"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>vh::RangedDownload</name>
    <message>
        <location filename="../app/transfer/rangeddownload.cpp" line="+93"/>
        <location line="+7"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot reserve %1 bytes for %2: %3. Free some space or choose another destination.</source>
        <translation>Für %2 können keine %1 Bytes reserviert werden: %3. Geben Sie Speicher frei oder wählen Sie einen anderen Zielordner.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Writing %1 failed: %2.</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended at byte %2, before the %3 bytes it had when listed; it changed on the instance. Harvest it again.</source>
        <translation>%1 endete bei Byte %2, vor den %3 Bytes beim Auflisten; die Datei hat sich auf der Instanz geändert. Ernten Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 Reconnecting stream %2 of %3 (attempt %4 of %5).</source>
        <translation>%1 Stream %2 von %3 verbindet neu (Versuch %4 von %5).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The download of %1 was cancelled; %2 and its range state are kept.</source>
        <translation>Der Download von %1 wurde abgebrochen; %2 und der Stand seiner Bereiche bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing %1 to disk failed: %2.</source>
        <translation>Schreiben von %1 auf den Datenträger fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The download is complete in %1, but renaming it to %2 failed. If %2 exists, move it away and run the harvest again.</source>
        <translation>Der Download ist in %1 vollständig, aber das Umbenennen in %2 ist fehlgeschlagen. Falls %2 existiert, verschieben Sie die Datei und starten Sie die Ernte erneut.</translation>
    </message>
</context>
<context>
    <name>vh::RemoteBrowserDialog</name>
    <message>
        <location filename="../ui/remotebrowserdialog.cpp" line="+44"/>
        <source>Choose files on %1</source>
        <translation>Dateien auf %1 auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A remote folder followed by /* or /**/* lists its files.</source>
        <translation>Ein Remote-Ordner gefolgt von /* oder /**/* listet seine Dateien auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List</source>
        <translation>Auf&amp;listen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remote file</source>
        <translation>Remote-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use ticked files</source>
        <translation>Markierte Dateien verwenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type a pattern such as /workspace/* and press List.</source>
        <translation>Geben Sie ein Muster wie /workspace/* ein und klicken Sie auf „Auflisten“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing %1…</source>
        <translation>%1 wird aufgelistet…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing matches. Try a folder above, e.g. /workspace/*.</source>
        <translation>Nichts passt. Versuchen Sie einen übergeordneten Ordner, z. B. /workspace/*.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files found: %1. Tick the ones to harvest.</source>
        <translation>Gefundene Dateien: %1. Markieren Sie die zu erntenden.</translation>
    </message>
</context>
<context>
    <name>vh::RemoteHasher</name>
    <message>
        <location filename="../app/transfer/remotehasher.cpp" line="+149"/>
        <source>%1 printed unexpected output while searching for a SHA-256 tool: &apos;%2&apos;. Check what the login shell prints on the instance.</source>
        <translation>%1 gab bei der Suche nach einem SHA-256-Werkzeug eine unerwartete Ausgabe aus: &apos;%2&apos;. Prüfen Sie, was die Login-Shell auf der Instanz ausgibt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has none of openssl, sha256sum, python3 or shasum, so the remote SHA-256 cannot be computed. Install one of them on the instance (e.g. apt-get install coreutils).</source>
        <translation>%1 hat weder openssl, sha256sum, python3 noch shasum, daher kann die Remote-SHA-256 nicht berechnet werden. Installieren Sie eines davon auf der Instanz (z. B. apt-get install coreutils).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing the SHA-256 of %1 on %2 failed (exit status %3): %4</source>
        <translation>Berechnen der SHA-256 von %1 auf %2 fehlgeschlagen (Exit-Status %3): %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2 printed unexpected output for %3 instead of a SHA-256: &apos;%4&apos;.</source>
        <translation>%1 auf %2 gab für %3 statt eines SHA-256 eine unerwartete Ausgabe aus: '%4'.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on %2 is a symbolic link, not a folder, or belongs to another user, so the SHA-256 job does not keep its files there. Remove it on the instance (as its owner or root) and try again.</source>
        <translation>%1 auf %2 ist eine symbolische Verknüpfung, kein Ordner oder gehört einem anderen Benutzer, daher legt der SHA-256-Auftrag seine Dateien dort nicht ab. Entfernen Sie es auf der Instanz (als Eigentümer oder root) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The SHA-256 job for %1 on %2 stopped without a result three times. Check the instance&apos;s /tmp and its free space.</source>
        <translation>Der SHA-256-Auftrag für %1 auf %2 hat dreimal ohne Ergebnis aufgehört. Prüfen Sie /tmp der Instanz und dessen freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Computing the SHA-256 of %1 on %2 did not finish within %3 s.</source>
        <translation>Das Berechnen der SHA-256 von %1 auf %2 wurde nicht innerhalb von %3 s fertig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing the SHA-256 of %1 was cancelled.</source>
        <translation>Das Berechnen der SHA-256 von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>vh::RemoteLister</name>
    <message>
        <location filename="../app/transfer/remotelister.cpp" line="+62"/>
        <source>Resolving %1</source>
        <translation>Auflösen von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the attributes of %1</source>
        <translation>Lesen der Attribute von %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The folder %1 of pattern &apos;%2&apos; does not exist on the instance. Check the path.</source>
        <translation>Der Ordner %1 des Musters &apos;%2&apos; existiert auf der Instanz nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder %1 of pattern &apos;%2&apos; cannot be read: %3</source>
        <translation>Der Ordner %1 des Musters &apos;%2&apos; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pattern &apos;%1&apos; matched no file.</source>
        <translation>Das Muster &apos;%1&apos; passt auf keine Datei.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Listing was cancelled.</source>
        <translation>Das Auflisten wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is nested more than %2 folders deep; it was not searched.</source>
        <translation>%1 liegt mehr als %2 Ordner tief; der Ordner wurde nicht durchsucht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>Listing %1</source>
        <translation>Auflisten von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listing stopped after %1 entries; narrow the pattern.</source>
        <translation>Auflisten nach %1 Einträgen beendet; schränken Sie das Muster ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server listed a name with a slash in %1; it was skipped.</source>
        <translation>Der Server hat in %1 einen Namen mit Schrägstrich aufgelistet; er wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not valid UTF-8, so it cannot be downloaded; it was skipped. Rename it on the instance, e.g. with convmv.</source>
        <translation>%1 ist kein gültiges UTF-8 und kann daher nicht heruntergeladen werden; die Datei wurde übersprungen. Benennen Sie sie auf der Instanz um, z. B. mit convmv.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Following the link %1</source>
        <translation>Folgen der Verknüpfung %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>%1 would be saved as %2, which another file already uses; it was skipped.</source>
        <translation>%1 würde als %2 gespeichert, diesen Namen verwendet aber bereits eine andere Datei; die Datei wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>vh::RemotePath</name>
    <message>
        <location filename="../app/transfer/remotepath.cpp" line="+110"/>
        <source>The remote pattern is empty. Give a path such as /workspace/**/*.gguf.</source>
        <translation>Das Remote-Muster ist leer. Geben Sie einen Pfad wie /workspace/**/*.gguf an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The remote pattern &apos;%1&apos; contains a control character (code %2).</source>
        <translation>Das entfernte Muster „%1“ enthält ein Steuerzeichen (Code %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The remote pattern &apos;%1&apos; names no file.</source>
        <translation>Das Remote-Muster &apos;%1&apos; nennt keine Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The remote pattern &apos;%1&apos; contains &apos;..&apos;; give the folder directly.</source>
        <translation>Das Remote-Muster &apos;%1&apos; enthält &apos;..&apos;; geben Sie den Ordner direkt an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the remote pattern &apos;%1&apos;, &apos;**&apos; must stand alone between slashes, as in /workspace/**/*.gguf.</source>
        <translation>Im Remote-Muster &apos;%1&apos; muss &apos;**&apos; allein zwischen Schrägstrichen stehen, wie in /workspace/**/*.gguf.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The remote pattern &apos;%1&apos; has &apos;.&apos; at its end or after a wildcard; leave it out.</source>
        <translation>Das entfernte Muster „%1“ enthält „.“ am Ende oder nach einem Platzhalter; lassen Sie es weg.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The remote file has no name.</source>
        <translation>Die Remote-Datei hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The remote name &apos;%1&apos; would leave the destination folder; the file was skipped.</source>
        <translation>Der Remote-Name &apos;%1&apos; würde den Zielordner verlassen; die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent a file name with a slash (&apos;%1&apos;); the file was skipped.</source>
        <translation>Der Server hat einen Dateinamen mit Schrägstrich gesendet (&apos;%1&apos;); die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The remote name &apos;%1&apos; contains a control character; the file was skipped.</source>
        <translation>Der Remote-Name &apos;%1&apos; enthält ein Steuerzeichen; die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The remote name &apos;%1…&apos; is too long to save here: %2 bytes, and at most %3 fit. The file was skipped; rename it on the instance.</source>
        <translation>Der entfernte Name „%1…“ ist zu lang, um hier gespeichert zu werden: %2 Bytes, höchstens %3 passen. Die Datei wurde übersprungen; benennen Sie sie auf der Instanz um.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The path &apos;%1&apos; would end up outside the destination folder %2; the file was skipped.</source>
        <translation>Der Pfad &apos;%1&apos; würde außerhalb des Zielordners %2 landen; die Datei wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>vh::SafetensorsCheck</name>
    <message>
        <location filename="../app/verify/safetensorscheck.cpp" line="+179"/>
        <source>invalid JSON header: unexpected end of header</source>
        <translation>ungültiger JSON-Header: unerwartetes Ende des Headers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON header: %1</source>
        <translation>ungültiger JSON-Header: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>unpaired surrogate in a \u escape</source>
        <translation>ungepaartes Surrogat in einer \u-Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation>ungültige Escape-Sequenz &apos;\%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>tensor &apos;%1&apos;: %2 must hold non-negative integers below 2^64</source>
        <translation>Tensor &apos;%1&apos;: %2 muss nichtnegative ganze Zahlen unter 2^64 enthalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid literal</source>
        <translation>ungültiges Literal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>values nested more than %1 levels deep</source>
        <translation>Werte mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+254"/>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>__metadata__ must be a JSON object of strings</source>
        <translation>__metadata__ muss ein JSON-Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>duplicate key &apos;%1&apos; in __metadata__</source>
        <translation>doppelter Schlüssel &apos;%1&apos; in __metadata__</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>__metadata__ value of &apos;%1&apos; is not a string</source>
        <translation>__metadata__-Wert von &apos;%1&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tensor &apos;%1&apos;: shape must be an array of integers</source>
        <translation>Tensor &apos;%1&apos;: shape muss ein Array aus ganzen Zahlen sein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tensor &apos;%1&apos;: data_offsets must be an array of two integers [BEGIN, END]</source>
        <translation>Tensor &apos;%1&apos;: data_offsets muss ein Array aus zwei ganzen Zahlen sein [BEGIN, END]</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>tensor &apos;%1&apos; is not a JSON object</source>
        <translation>Tensor &apos;%1&apos; ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tensor &apos;%1&apos; has a duplicate field &apos;%2&apos;</source>
        <translation>Tensor &apos;%1&apos; hat ein doppeltes Feld &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tensor &apos;%1&apos;: dtype must be a string</source>
        <translation>Tensor &apos;%1&apos;: dtype muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>tensor &apos;%1&apos; has no dtype</source>
        <translation>Tensor &apos;%1&apos; hat keinen dtype</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has no shape</source>
        <translation>Tensor &apos;%1&apos; hat kein shape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has no data_offsets</source>
        <translation>Tensor &apos;%1&apos; hat keine data_offsets</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>header is not valid UTF-8</source>
        <translation>Header ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header is not a JSON object</source>
        <translation>Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>invalid JSON header: unexpected data after the object</source>
        <translation>ungültiger JSON-Header: unerwartete Daten nach dem Objekt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>header too small: the file has %1 bytes, fewer than the 8-byte header length</source>
        <translation>Header zu klein: Die Datei hat %1 Bytes, weniger als die 8 Byte der Header-Länge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>header too large: the header length field is %1 bytes, above the limit of %2 (a Git LFS pointer or an error page instead of the model?)</source>
        <translation>Header zu groß: Das Feld für die Header-Länge gibt %1 Bytes an, über der Grenze von %2 (ein Git-LFS-Pointer oder eine Fehlerseite statt des Modells?)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid header length %1: the file has only %2 bytes after the length field</source>
        <translation>ungültige Header-Länge %1: Die Datei hat nach dem Längenfeld nur %2 Bytes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>hole of %1 bytes in the data buffer before tensor &apos;%2&apos;: it begins at %3, but the data before it ends at %4</source>
        <translation>Lücke von %1 Bytes im Datenpuffer vor Tensor &apos;%2&apos;: Er beginnt bei %3, die Daten davor enden aber bei %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos; begins at %2, overlapping tensor &apos;%3&apos; that ends at %4</source>
        <translation>Tensor &apos;%1&apos; beginnt bei %2 und überlappt Tensor &apos;%3&apos;, der bei %4 endet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos;: data_offsets end %2 is before begin %3</source>
        <translation>Tensor &apos;%1&apos;: data_offsets-Ende %2 liegt vor dem Anfang %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tensor &apos;%1&apos;: element count of shape %2 overflows 64 bits</source>
        <translation>Tensor &apos;%1&apos;: Elementanzahl von shape %2 läuft über 64 Bit über</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation>Tensor &apos;%1&apos; hat unbekannten dtype &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tensor &apos;%1&apos;: size of shape %2 in %3 overflows 64 bits</source>
        <translation>Tensor &apos;%1&apos;: Größe von shape %2 in %3 läuft über 64 Bit über</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor &apos;%1&apos;: %2 elements of %3 do not fill whole bytes</source>
        <translation>Tensor &apos;%1&apos;: %2 Elemente vom Typ %3 füllen keine ganzen Bytes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos; spans %2 bytes, but shape %3 of %4 needs %5 bytes</source>
        <translation>Tensor &apos;%1&apos; umfasst %2 Bytes, shape %3 vom Typ %4 braucht aber %5 Bytes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>incomplete file: the tensor data runs to byte %1, but the file has only %2 bytes (truncated download?)</source>
        <translation>unvollständige Datei: Die Tensordaten reichen bis Byte %1, die Datei hat aber nur %2 Bytes (abgebrochener Download?)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 extra bytes after the end of the tensor data at byte %2</source>
        <translation>%1 überzählige Bytes nach dem Ende der Tensordaten bei Byte %2</translation>
    </message>
</context>
<context>
    <name>vh::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vast.ai API key</source>
        <translation>Vast.ai-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>&amp;Set…</source>
        <translation>&amp;Festlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from vastai CLI</source>
        <translation>Aus vastai-CLI &amp;importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the key from %1 into the keychain.</source>
        <translation>Kopiert den Schlüssel aus %1 in den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the SSH agent, then ~/.ssh/id_*</source>
        <translation>leer: der SSH-Agent, dann ~/.ssh/id_*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the SSH &amp;agent</source>
        <translation>SSH-A&amp;gent verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Identity file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Harvest</source>
        <translation>Ernte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} and {id} are replaced by the instance&apos;s label and id.</source>
        <translation>{label} und {id} werden durch Bezeichnung und ID der Instanz ersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote glob patterns separated by &apos;;&apos;. ** matches any number of folders.</source>
        <translation>Remote-Glob-Muster, getrennt durch &apos;;&apos;. ** passt auf beliebig viele Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one rule a line, e.g. *.gguf=1G</source>
        <translation>eine Regel pro Zeile, z. B. *.gguf=1G</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional, e.g. python3 check.py {file}</source>
        <translation>optional, z. B. python3 check.py {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;patterns:</source>
        <translation>Standard-&amp;Muster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum sizes:</source>
        <translation>Mi&amp;ndestgrößen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel &amp;downloads:</source>
        <translation>Parallele Down&amp;loads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test command:</source>
        <translation>&amp;Testbefehl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance list</source>
        <translation>Instanzliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh every:</source>
        <translation>Aktualisie&amp;rung alle:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SSH private key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The identity file %1 does not exist; choose another or clear the field to use the SSH agent.</source>
        <translation>Die Schlüsseldatei %1 existiert nicht; wählen Sie eine andere oder leeren Sie das Feld, um den SSH-Agent zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The destination is empty; give a folder such as ~/VastHarvest/{label}-{id}.</source>
        <translation>Der Zielordner ist leer; geben Sie einen Ordner wie ~/VastHarvest/{label}-{id} an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo mode uses no API key.</source>
        <translation>Der Demomodus verwendet keinen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>An API key is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist ein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+41"/>
        <source>No API key is stored. Set one, or import the vastai CLI&apos;s key.</source>
        <translation>Es ist kein API-Schlüssel gespeichert. Legen Sie einen fest oder importieren Sie den Schlüssel der vastai-CLI.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The keychain is not available: %1 Vast Harvest stores the key nowhere else; set VAST_API_KEY in the environment instead.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1 Vast Harvest speichert den Schlüssel nirgendwo sonst; setzen Sie stattdessen VAST_API_KEY in der Umgebung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The typed key</source>
        <translation>Der eingegebene Schlüssel</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key from %1 is now stored in the keychain.</source>
        <translation>Der Schlüssel aus %1 ist jetzt im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>vh::Sha256</name>
    <message>
        <location filename="../app/verify/sha256.cpp" line="+65"/>
        <source>Cannot read %1 to compute its SHA-256: %2.</source>
        <translation>%1 kann zum Berechnen der SHA-256 nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hashing %1 was cancelled.</source>
        <translation>Hashen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1 failed after %2 bytes: %3.</source>
        <translation>Lesen von %1 nach %2 Bytes fehlgeschlagen: %3.</translation>
    </message>
</context>
<context>
    <name>vh::SshEndpoint</name>
    <message>
        <location filename="../app/cloud/sshendpoint.cpp" line="+29"/>
        <source>&apos;%1&apos; is not a valid SSH target: %2. Write it as USER@HOST:PORT, for example root@203.0.113.5:22 or root@[::1]:2222.</source>
        <extracomment>%1 is what the user typed after --ssh, %2 the reason it is wrong.</extracomment>
        <translation>&apos;%1&apos; ist kein gültiges SSH-Ziel: %2. Schreiben Sie es als BENUTZER@HOST:PORT, zum Beispiel root@203.0.113.5:22 oder root@[::1]:2222.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the user name before &apos;@&apos; is empty</source>
        <translation>der Benutzername vor &apos;@&apos; ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the user name contains spaces or &apos;/&apos;</source>
        <translation>der Benutzername enthält Leerzeichen oder &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the &apos;[&apos; of the IPv6 address is not closed</source>
        <translation>die &apos;[&apos; der IPv6-Adresse wird nicht geschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only &apos;:PORT&apos; may follow the IPv6 address</source>
        <translation>auf die IPv6-Adresse darf nur &apos;:PORT&apos; folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>the port after &apos;:&apos; is empty</source>
        <translation>der Port nach &apos;:&apos; ist leer</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>&apos;%1&apos; ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an IPv6 address must be written in brackets</source>
        <translation>eine IPv6-Adresse muss in eckigen Klammern stehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the host name is empty or contains spaces</source>
        <translation>der Hostname ist leer oder enthält Leerzeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
</context>
<context>
    <name>vh::SshRemoteAccess</name>
    <message>
        <location filename="../app/transfer/sshremoteaccess.cpp" line="+57"/>
        <source>%1 no longer exists on %2.</source>
        <translation>%1 existiert auf %2 nicht mehr.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1 was cancelled.</source>
        <translation>Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
</context>
<context>
    <name>vh::SshSession</name>
    <message>
        <location filename="../app/transfer/sshsession.cpp" line="+163"/>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 failed on %2: no such file or folder.</source>
        <translation>%1 auf %2 fehlgeschlagen: Datei oder Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed on %2: permission denied. Check the file&apos;s owner and mode on the instance.</source>
        <translation>%1 auf %2 fehlgeschlagen: Zugriff verweigert. Prüfen Sie Eigentümer und Rechte der Datei auf der Instanz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed on %2: the remote disk is full.</source>
        <translation>%1 auf %2 fehlgeschlagen: Der Datenträger der Instanz ist voll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed on %2: SFTP status %3.</source>
        <translation>%1 auf %2 fehlgeschlagen: SFTP-Status %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 timed out on %2: no data for %3 s. The link may have dropped.</source>
        <translation>Zeitüberschreitung bei %1 auf %2: seit %3 s keine Daten. Die Verbindung ist möglicherweise abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the connection to %2 dropped (%3).</source>
        <translation>%1 fehlgeschlagen: Die Verbindung zu %2 ist abgebrochen (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed on %2: %3 (libssh2 error %4).</source>
        <translation>%1 auf %2 fehlgeschlagen: %3 (libssh2-Fehler %4).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>libssh2 could not create a session.</source>
        <translation>libssh2 konnte keine Sitzung anlegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SSH handshake</source>
        <translation>SSH-Handshake</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 sent no host key.</source>
        <translation>%1 hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The host key of %1 (%2) has changed. Stored: %3 %4. Offered now: %5 %6. This can mean someone is intercepting the connection. If the instance was really re-created, remove the line for %1 from %7 (ssh-keygen -R &quot;%1&quot; -f &quot;%7&quot; also finds hashed names) and connect again.</source>
        <translation>Der Host-Schlüssel von %1 (%2) hat sich geändert. Gespeichert: %3 %4. Jetzt angeboten: %5 %6. Das kann bedeuten, dass jemand die Verbindung abfängt. Wurde die Instanz wirklich neu erstellt, entfernen Sie die Zeile für %1 aus %7 (ssh-keygen -R &quot;%1&quot; -f &quot;%7&quot; findet auch gehashte Namen) und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The host key of %1 (%2) is marked as revoked in %3: %4 %5, so the connection was closed. Connect again only after the server has a new host key and you have checked its fingerprint on the server.</source>
        <translation>Der Host-Schlüssel von %1 (%2) ist in %3 als widerrufen markiert: %4 %5. Deshalb wurde die Verbindung getrennt. Verbinden Sie sich erst wieder, wenn der Server einen neuen Host-Schlüssel hat und Sie dessen Fingerabdruck auf dem Server geprüft haben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The host key of %1 (%2) is not known yet: %3 %4. Compare the fingerprint with the instance&apos;s, then accept it (in the CLI: --accept-new-host-key).</source>
        <translation>Der Host-Schlüssel von %1 (%2) ist noch nicht bekannt: %3 %4. Vergleichen Sie den Fingerabdruck mit dem der Instanz und akzeptieren Sie ihn dann (in der CLI: --accept-new-host-key).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 does not accept public keys (it offers: %2). Vast Harvest authenticates with SSH keys only.</source>
        <translation>%1 akzeptiert keine öffentlichen Schlüssel (angeboten: %2). Vast Harvest authentifiziert sich nur mit SSH-Schlüsseln.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>the SSH agent (%n key(s) rejected)</source>
        <translation>
            <numerusform>der SSH-Agent (%n Schlüssel abgelehnt)</numerusform>
            <numerusform>der SSH-Agent (%n Schlüssel abgelehnt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the SSH agent (not reachable)</source>
        <translation>der SSH-Agent (nicht erreichbar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Connecting to %1 was cancelled.</source>
        <translation>Verbindungsaufbau zu %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 (file not found)</source>
        <translation>%1 (Datei nicht gefunden)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (encrypted, no passphrase given)</source>
        <translation>%1 (verschlüsselt, keine Passphrase angegeben)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (wrong passphrase or unreadable key)</source>
        <translation>%1 (falsche Passphrase oder unlesbarer Schlüssel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unreadable or unsupported key format)</source>
        <translation>%1 (unlesbares oder nicht unterstütztes Schlüsselformat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (rejected by the server; RSA keys need libssh2 1.11 or newer, this build has %2, because current servers refuse SHA-1 signatures: use an ed25519 key)</source>
        <translation>%1 (vom Server abgelehnt; RSA-Schlüssel brauchen libssh2 1.11 oder neuer, dieser Build hat %2, weil aktuelle Server SHA-1-Signaturen ablehnen: verwenden Sie einen ed25519-Schlüssel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (rejected by the server)</source>
        <translation>%1 (vom Server abgelehnt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 dropped during authentication.</source>
        <translation>Die Verbindung zu %1 ist während der Authentifizierung abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no key: no agent and no ~/.ssh/id_ed25519, id_ecdsa or id_rsa</source>
        <translation>kein Schlüssel: kein Agent und kein ~/.ssh/id_ed25519, id_ecdsa oder id_rsa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication as %1 failed. Tried: %2. Add your public key to the instance (on Vast.ai: Account, SSH keys, then attach it to the instance), or choose the matching private key (--identity FILE).</source>
        <translation>Authentifizierung als %1 fehlgeschlagen. Versucht: %2. Fügen Sie Ihren öffentlichen Schlüssel zur Instanz hinzu (bei Vast.ai: Account, SSH Keys, dann an die Instanz anhängen) oder wählen Sie den passenden privaten Schlüssel (--identity DATEI).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Starting SFTP</source>
        <translation>Starten von SFTP</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation>%1 auf %2 wurde nicht innerhalb von %3 s fertig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The remote command</source>
        <translation>Remote-Befehl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening an exec channel</source>
        <translation>Öffnen eines Exec-Kanals</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting a remote command</source>
        <translation>Starten eines Remote-Befehls</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading a remote command&apos;s output</source>
        <translation>Lesen der Ausgabe eines Remote-Befehls</translation>
    </message>
</context>
<context>
    <name>vh::StatusCommand</name>
    <message>
        <location filename="../app/cli/command_status.cpp" line="+15"/>
        <source>vastharvest-cli status: %1</source>
        <translation>vastharvest-cli status: %1</translation>
    </message>
</context>
<context>
    <name>vh::StreamReader</name>
    <message>
        <location filename="../app/verify/streamreader.cpp" line="+31"/>
        <source>the device does not support seeking</source>
        <translation>das Gerät unterstützt keine Positionierung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file ended at byte %1, before its reported size of %2 bytes</source>
        <translation>die Datei endete bei Byte %1, vor ihrer gemeldeten Größe von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>vh::TcpConnection</name>
    <message>
        <location filename="../app/transfer/tcpconnect.cpp" line="+133"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Cannot resolve the host name %1: %2. Check the name, or the network connection.</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden: %2. Prüfen Sie den Namen oder die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting to %1:%2 was cancelled.</source>
        <translation>Verbindungsaufbau zu %1:%2 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1:%2 timed out after %3 s. Check that the instance is running and its SSH port is open.</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1:%2 nach %3 s. Prüfen Sie, ob die Instanz läuft und ihr SSH-Port offen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect to %1:%2: %3. Check that the instance is running and its SSH port is open.</source>
        <translation>Keine Verbindung zu %1:%2 möglich: %3. Prüfen Sie, ob die Instanz läuft und ihr SSH-Port offen ist.</translation>
    </message>
</context>
<context>
    <name>vh::Units</name>
    <message>
        <location filename="../app/common/units.cpp" line="+61"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>vh::VastClient</name>
    <message>
        <location filename="../app/cloud/vastclient.cpp" line="+219"/>
        <source>%1 on %2 got no answer within %3 s (attempts: %4). Check the network connection and try again.</source>
        <extracomment>%1 is e.g. &quot;GET /api/v1/instances/&quot;, %2 a host, %3 seconds, %4 attempts.</extracomment>
        <translation>%1 an %2 erhielt innerhalb von %3 s keine Antwort (Versuche: %4). Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS certificate of %1 could not be verified for %2, so nothing was sent. Check the system clock and any proxy or antivirus program that intercepts HTTPS.</source>
        <translation>Das TLS-Zertifikat von %1 konnte für %2 nicht verifiziert werden, daher wurde nichts gesendet. Prüfen Sie die Systemuhr sowie Proxys oder Virenscanner, die HTTPS abfangen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name could not be resolved</source>
        <translation>der Hostname konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server closed the connection before the answer was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the network failed (%1)</source>
        <translation>das Netzwerk ist ausgefallen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2 failed: %3 (attempts: %4). Check the network connection and the API URL (--api-url or VASTHARVEST_API_URL).</source>
        <extracomment>%1 is e.g. &quot;GET /api/v1/instances/&quot;, %2 a host, %3 what went wrong, %4 attempts.</extracomment>
        <translation>%1 an %2 fehlgeschlagen: %3 (Versuche: %4). Prüfen Sie die Netzwerkverbindung und die API-URL (--api-url oder VASTHARVEST_API_URL).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vast.ai rejected the API key for %1 (%2). Check the API key in Settings or VAST_API_KEY.</source>
        <extracomment>%1 is e.g. &quot;GET /api/v1/instances/&quot;, %2 the HTTP status and Vast.ai&apos;s words.</extracomment>
        <translation>Vast.ai hat den API-Schlüssel für %1 abgelehnt (%2). Prüfen Sie den API-Schlüssel in den Einstellungen oder VAST_API_KEY.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API key may not do %1 (%2). Use a key with the instance_read and instance_write permissions, set in Settings or VAST_API_KEY.</source>
        <translation>Der API-Schlüssel darf %1 nicht ausführen (%2). Verwenden Sie einen Schlüssel mit den Berechtigungen instance_read und instance_write, festgelegt in den Einstellungen oder in VAST_API_KEY.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vast.ai kept limiting the rate of %1 (attempts: %2; %3). Wait a minute and try again.</source>
        <translation>Vast.ai hat die Rate von %1 wiederholt begrenzt (Versuche: %2; %3). Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vast.ai had a server error on %1 (attempts: %2; %3). Try again in a few minutes.</source>
        <translation>Vast.ai hatte einen Serverfehler bei %1 (Versuche: %2; %3). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vast.ai no longer serves %1 (%2). This version of Vast Harvest needs an update.</source>
        <translation>Vast.ai bedient %1 nicht mehr (%2). Diese Version von Vast Harvest braucht ein Update.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vast.ai found nothing at %1 (%2). Check the instance id and that the API URL points to Vast.ai.</source>
        <translation>Vast.ai hat unter %1 nichts gefunden (%2). Prüfen Sie die Instanz-ID und ob die API-URL auf Vast.ai zeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was redirected (%2); the API key is not sent to another address. Check the API URL (--api-url or VASTHARVEST_API_URL).</source>
        <translation>%1 wurde umgeleitet (%2); der API-Schlüssel wird an keine andere Adresse gesendet. Prüfen Sie die API-URL (--api-url oder VASTHARVEST_API_URL).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vast.ai rejected %1 (%2). Check the instance in the Vast.ai console.</source>
        <translation>Vast.ai hat %1 abgelehnt (%2). Prüfen Sie die Instanz in der Vast.ai-Konsole.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vast.ai answered %1 with HTTP %2 but %3. Try again; if it keeps happening, check that the API URL points to Vast.ai.</source>
        <extracomment>%1 is e.g. &quot;GET /api/v1/instances/&quot;, %2 the HTTP status, %3 what was wrong.</extracomment>
        <translation>Vast.ai hat %1 mit HTTP %2 beantwortet, aber %3. Versuchen Sie es erneut; wenn das wiederholt passiert, prüfen Sie, ob die API-URL auf Vast.ai zeigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a usable API URL. Give an address like https://console.vast.ai.</source>
        <translation>&apos;%1&apos; ist keine verwendbare API-URL. Geben Sie eine Adresse wie https://console.vast.ai an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API URL &apos;%1&apos; may not contain a user name, a query or a fragment. Give an address like https://console.vast.ai.</source>
        <translation>Die API-URL &apos;%1&apos; darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten. Geben Sie eine Adresse wie https://console.vast.ai an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API URL &apos;%1&apos; uses plain http, which would send the API key unencrypted. Use https (plain http is accepted only for 127.0.0.1 and localhost).</source>
        <translation>Die API-URL &apos;%1&apos; verwendet einfaches http, das den API-Schlüssel unverschlüsselt senden würde. Verwenden Sie https (einfaches http wird nur für 127.0.0.1 und localhost akzeptiert).</translation>
    </message>
    <message>
        <location line="+236"/>
        <location line="+80"/>
        <location line="+107"/>
        <location line="+107"/>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>its &apos;instances&apos; field is not a list</source>
        <translation>das Feld &apos;instances&apos; ist keine Liste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>its pages do not come to an end</source>
        <translation>die Seiten nehmen kein Ende</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>it has no &apos;instances&apos; field</source>
        <translation>das Feld &apos;instances&apos; fehlt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its &apos;instances&apos; field is neither an object nor null</source>
        <translation>das Feld &apos;instances&apos; ist weder ein Objekt noch null</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it describes instance %1 instead</source>
        <translation>die Antwort beschreibt stattdessen Instanz %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <location line="+77"/>
        <source>&apos;%1&apos; is not a Vast.ai instance id.</source>
        <translation>&apos;%1&apos; ist keine Vast.ai-Instanz-ID.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Vast.ai did not carry out %1 (%2).</source>
        <translation>Vast.ai hat %1 nicht ausgeführt (%2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The label has %1 characters; Vast.ai accepts at most %2.</source>
        <translation>Die Bezeichnung hat %1 Zeichen; Vast.ai akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+18"/>
        <source>Instance %1 was not destroyed: %2</source>
        <translation>Instanz %1 wurde nicht zerstört: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Vast.ai did not destroy instance %1: %2. The instance is unchanged; check it in the Vast.ai console.</source>
        <translation>Vast.ai hat Instanz %1 nicht zerstört: %2. Die Instanz ist unverändert; prüfen Sie sie in der Vast.ai-Konsole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>It is not known whether instance %1 was destroyed: %2 Reading it again failed too: %3 Check the instance in the Vast.ai console before you rely on it being gone.</source>
        <translation>Es ist nicht bekannt, ob Instanz %1 zerstört wurde: %2 Auch das erneute Lesen ist fehlgeschlagen: %3 Prüfen Sie die Instanz in der Vast.ai-Konsole, bevor Sie sich darauf verlassen, dass sie weg ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instance %1 was destroyed (confirmed by reading it again after an unclear answer).</source>
        <translation>Instanz %1 wurde zerstört (bestätigt durch erneutes Lesen nach einer unklaren Antwort).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Instance %1 still exists after %2 destroy requests: %3 It is still billed; try again later or destroy it in the Vast.ai console.</source>
        <translation>Instanz %1 existiert nach %2 Zerstörungsanfragen noch: %3 Sie wird weiter berechnet; versuchen Sie es später erneut oder zerstören Sie sie in der Vast.ai-Konsole.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Instance %1 was destroyed.</source>
        <translation>Instanz %1 wurde zerstört.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vast.ai accepted the destroy of instance %1, but reading it afterwards failed: %2 Check the instance in the Vast.ai console.</source>
        <translation>Vast.ai hat das Zerstören von Instanz %1 angenommen, aber das anschließende Lesen ist fehlgeschlagen: %2 Prüfen Sie die Instanz in der Vast.ai-Konsole.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vast.ai accepted the destroy of instance %1, but it still appeared with status &apos;%2&apos; after %3 s. Check the instance in the Vast.ai console.</source>
        <translation>Vast.ai hat das Zerstören von Instanz %1 angenommen, aber sie erschien nach %3 s noch mit dem Status &apos;%2&apos;. Prüfen Sie die Instanz in der Vast.ai-Konsole.</translation>
    </message>
</context>
<context>
    <name>vh::VerifyCommand</name>
    <message>
        <location filename="../app/cli/command_verify.cpp" line="+28"/>
        <location line="+21"/>
        <source>vastharvest-cli verify: %1</source>
        <translation>vastharvest-cli verify: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>verifying %1</source>
        <translation>verifiziere %1</translation>
    </message>
</context>
<context>
    <name>vh::ZipCheck</name>
    <message>
        <location filename="../app/verify/zipcheck.cpp" line="+165"/>
        <source>file of %1 bytes is too small for a zip archive (at least 22 bytes)</source>
        <translation>Datei mit %1 Bytes ist zu klein für ein Zip-Archiv (mindestens 22 Bytes)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no end of central directory record in the last %1 bytes; the archive is truncated or not a zip file</source>
        <translation>kein Endeintrag des zentralen Verzeichnisses in den letzten %1 Bytes; das Archiv ist abgeschnitten oder keine Zip-Datei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the end record defers to ZIP64 values, but no ZIP64 locator precedes it</source>
        <translation>der Endeintrag verweist auf ZIP64-Werte, aber kein ZIP64-Locator geht ihm voraus</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <source>archive spans several disks, which is not supported</source>
        <translation>das Archiv erstreckt sich über mehrere Datenträger, was nicht unterstützt wird</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>end record counts %1 entries on this disk but %2 in total</source>
        <translation>der Endeintrag zählt %1 Einträge auf diesem Datenträger, aber %2 insgesamt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>archive spans %1 disks, which is not supported</source>
        <translation>das Archiv erstreckt sich über %1 Datenträger, was nicht unterstützt wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ZIP64 locator points to byte %1, but no ZIP64 end record fits before the locator at byte %2</source>
        <translation>der ZIP64-Locator zeigt auf Byte %1, aber vor den Locator bei Byte %2 passt kein ZIP64-Endeintrag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no ZIP64 end of central directory record at byte %1, where the ZIP64 locator points</source>
        <translation>kein ZIP64-Endeintrag des zentralen Verzeichnisses bei Byte %1, wohin der ZIP64-Locator zeigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ZIP64 end record size %1 does not fit between byte %2 and the locator</source>
        <translation>die Größe %1 des ZIP64-Endeintrags passt nicht zwischen Byte %2 und den Locator</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ZIP64 end record counts %1 entries on this disk but %2 in total</source>
        <translation>der ZIP64-Endeintrag zählt %1 Einträge auf diesem Datenträger, aber %2 insgesamt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>entry &apos;%1&apos; needs 64-bit sizes or offset, but has no valid ZIP64 extra field</source>
        <translation>Eintrag &apos;%1&apos; braucht 64-Bit-Größen oder -Offset, hat aber kein gültiges ZIP64-Zusatzfeld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>central directory ends inside entry %1 of %2</source>
        <translation>das zentrale Verzeichnis endet innerhalb von Eintrag %1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 of %2 has no central directory header signature</source>
        <translation>Eintrag %1 von %2 hat keine Header-Signatur des zentralen Verzeichnisses</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>entry %1 of %2 runs past the end of the central directory</source>
        <translation>Eintrag %1 von %2 reicht über das Ende des zentralen Verzeichnisses hinaus</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>central directory of %1 bytes at byte %2 runs past byte %3, where the end record starts; the archive is truncated or damaged</source>
        <translation>das zentrale Verzeichnis mit %1 Bytes bei Byte %2 reicht über Byte %3 hinaus, wo der Endeintrag beginnt; das Archiv ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 unexpected bytes between the central directory and the end record</source>
        <translation>%1 unerwartete Bytes zwischen dem zentralen Verzeichnis und dem Endeintrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 entries cannot fit in a central directory of %2 bytes</source>
        <translation>%1 Einträge passen nicht in ein zentrales Verzeichnis mit %2 Bytes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>central directory holds %1 more bytes after the %2 entries that the end record counts</source>
        <translation>das zentrale Verzeichnis enthält %1 weitere Bytes nach den %2 Einträgen, die der Endeintrag zählt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>entry &apos;%1&apos;: local header at byte %2 lies past the end of the file (%3 bytes)</source>
        <translation>Eintrag &apos;%1&apos;: lokaler Header bei Byte %2 liegt hinter dem Dateiende (%3 Bytes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry &apos;%1&apos;: no local file header at byte %2</source>
        <translation>Eintrag &apos;%1&apos;: kein lokaler Datei-Header bei Byte %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry &apos;%1&apos;: local header runs past the end of the file</source>
        <translation>Eintrag &apos;%1&apos;: lokaler Header reicht über das Dateiende hinaus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry &apos;%1&apos;: the local header names it &apos;%2&apos;</source>
        <translation>Eintrag &apos;%1&apos;: der lokale Header nennt ihn &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>data of entry &apos;%1&apos; ends at byte %2, past the end of the file (%3 bytes)</source>
        <translation>Daten von Eintrag &apos;%1&apos; enden bei Byte %2, hinter dem Dateiende (%3 Bytes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>data of entry &apos;%1&apos; ends at byte %2, inside the central directory that starts at byte %3</source>
        <translation>Daten von Eintrag &apos;%1&apos; enden bei Byte %2, innerhalb des zentralen Verzeichnisses, das bei Byte %3 beginnt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored entry &apos;%1&apos; has compressed size %2 but uncompressed size %3</source>
        <translation>unkomprimiert gespeicherter Eintrag &apos;%1&apos; hat komprimierte Größe %2, aber unkomprimierte Größe %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>entry &apos;%1&apos; at byte %2 overlaps the data of entry &apos;%3&apos;, which ends at byte %4</source>
        <translation>Eintrag &apos;%1&apos; bei Byte %2 überlappt die Daten von Eintrag &apos;%3&apos;, die bei Byte %4 enden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>deflate data of entry &apos;%1&apos; ends before the end of its stream</source>
        <translation>Deflate-Daten von Eintrag &apos;%1&apos; enden vor dem Ende ihres Streams</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deflate data of entry &apos;%1&apos; is corrupt: %2</source>
        <translation>Deflate-Daten von Eintrag &apos;%1&apos; sind beschädigt: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry &apos;%1&apos; inflates to more than its uncompressed size of %2 bytes</source>
        <translation>Eintrag &apos;%1&apos; entpackt zu mehr als seiner unkomprimierten Größe von %2 Bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry &apos;%1&apos; holds %2 bytes, but the central directory says %3</source>
        <translation>Eintrag &apos;%1&apos; enthält %2 Bytes, das zentrale Verzeichnis nennt aber %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CRC-32 mismatch in entry &apos;%1&apos;: the central directory says %2, the data gives %3</source>
        <translation>CRC-32 stimmt nicht überein bei Eintrag &apos;%1&apos;: das zentrale Verzeichnis nennt %2, die Daten ergeben %3</translation>
    </message>
</context>
</TS>
