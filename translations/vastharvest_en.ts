<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+24"/>
        <source>Download, verify and only then destroy GPU instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show simulated instances with generated sample models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep journals, the audit log and known hosts in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this Vast.ai API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the API key from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::ApiKeySource</name>
    <message>
        <location filename="../app/settings/apikeysource.cpp" line="+28"/>
        <source>Save the key in Settings, set the environment variable VAST_API_KEY, or pass --api-key-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No Vast.ai API key was found. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Vast.ai API key was found, and the keychain could not be read (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own description of the failure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environment variable VAST_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the vastai CLI&apos;s file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no API key; it is empty. %2</source>
        <extracomment>%1 names where the key came from, e.g. &quot;The file /home/a/key&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds several lines, but an API key is one line. Keep only the key from the Vast.ai console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds %2 characters, far more than an API key. Keep only the key from the Vast.ai console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds spaces or characters that an API key cannot have. Copy the key again from the Vast.ai console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The API key file %1 cannot be read: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key file %1 is too large to hold an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The environment variable VAST_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::ApiKeyStore</name>
    <message>
        <location filename="../app/settings/apikeystore.cpp" line="+27"/>
        <source>No keychain is available to hold the Vast.ai API key (%1). On Linux, run a Secret Service such as GNOME Keyring or KWallet and unlock it; until then set the environment variable VAST_API_KEY.</source>
        <extracomment>%1 is the keychain library&apos;s own description of the failure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The API key to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The keychain did not respond within %1 s. Check that it is unlocked (a password prompt may be waiting), or set the environment variable VAST_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+22"/>
        <source>No Vast.ai API key is saved in the keychain. Enter it in Settings, or set the environment variable VAST_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain refused access to the Vast.ai API key (%1). Unlock the keychain or allow Vast Harvest to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The Vast.ai API key could not be removed from the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::AuditLog</name>
    <message>
        <location filename="../app/harvest/auditlog.cpp" line="+33"/>
        <location line="+7"/>
        <source>Cannot append to the audit log %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::CheckCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/command_check.cpp" line="+34"/>
        <location line="+5"/>
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n tensor</numerusform>
            <numerusform>%n tensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRC-32 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 %3 - %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>vastharvest-cli: &apos;check&apos; needs at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: vastharvest-cli check [--json] FILE [FILE ...]
Checks the structure of GGUF, safetensors and zip-based checkpoints (.pt, .pth, .bin, .npz, .zip; zip entries are also checked against their CRC-32).
Exit status: 0 when no file is invalid or unreadable, 1 otherwise. Files of other formats are reported as not_checked and do not change the exit status.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vast.ai API base URL (default https://console.vast.ai; environment VASTHARVEST_API_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Vast.ai API key from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Folder for journals, the audit log and known host keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Known SSH host keys, OpenSSH format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH private key. Without it: the SSH agent, then ~/.ssh/id_*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print machine-readable JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log connections, retries and checks on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote glob pattern (*, ? and **); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local destination folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum size for files matching GLOB, e.g. &apos;*.gguf=5G&apos; (K, M, G, T are powers of 1024); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GLOB=SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust and remember the host key of a host seen for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files downloaded at the same time (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Connections used for one large file, each fetching its own byte range (default 4; 1 turns it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size from which a file is fetched over several streams (default 256M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain SSH target instead of an instance id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER@HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the instance id to confirm a destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>vastharvest-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;vastharvest-cli --help&apos; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::CliProvider</name>
    <message>
        <location filename="../app/cli/cliprovider.cpp" line="+26"/>
        <source>Using the Vast.ai API key from the vastai CLI&apos;s file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::CliTarget</name>
    <message>
        <location filename="../app/cli/clitarget.cpp" line="+36"/>
        <source>give either an instance id or --ssh, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no target given: pass an instance id or --ssh USER@HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an instance id (a positive number); for any other host use --ssh USER@HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Target %1, destination %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      local  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      size   remote %1, local %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      sha256 remote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>             local  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format not checked (size and SHA-256 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>      reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy: allowed (confirmed for this report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy: not allowed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::ConfirmDialog</name>
    <message>
        <location filename="../ui/confirmdialog.cpp" line="+38"/>
        <source>Confirm the harvest of instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;These files were copied from instance &lt;b&gt;%1&lt;/b&gt; (%2) and verified. Confirm only if they are everything you need: once the instance is destroyed, its disk is gone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote %1
local  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$%1 per hour until it is destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still paying:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type the instance id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::DemoProvider</name>
    <message>
        <location filename="../app/cloud/demoprovider.cpp" line="+34"/>
        <source>Cannot write the demo file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Demo instance %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo instance %1 was destroyed (simulated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::DestroyCommand</name>
    <message>
        <location filename="../app/cli/command_destroy.cpp" line="+24"/>
        <source>Destroy refused: --confirm %1 does not repeat the instance id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vastharvest-cli confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only instances can be confirmed for destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>vastharvest-cli confirm: repeat the instance id with --confirm ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirmed the verified files of instance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vastharvest-cli destroy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vastharvest-cli destroy: %1 is a plain SSH host; only instances can be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Destroy refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Instance %1 was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::DestroyGate</name>
    <message>
        <location filename="../app/harvest/destroygate.cpp" line="+32"/>
        <source>its remote size %1 and local size %2 differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its remote and local SHA-256 differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its format check says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its local path %1 is not %2 below the destination %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>reading it back was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it was replaced, deleted or written to while the files were read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a plain SSH host, not a cloud instance; there is nothing to destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 was already destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal of %1 names instance %2. It was copied or edited; harvest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No files were harvested from instance %1. Harvest and verify them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last harvest of %1 did not cover everything selected: %2%3 Fix the patterns or the files on the instance and harvest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (and %1 more problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another record uses the same local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal calls %1 verified, but %2. It was edited or damaged; verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not verified (%2). Harvest or verify it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The local copy %1 is missing. Harvest it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local copy %1 changed since it was verified (size %2 then, %3 now). Verify again and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local copy %1 could not be read back before destroying: %2. Verify again and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no hash was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bytes of the local copy %1 changed since it was verified, although its size and time did not (SHA-256 %2 then, %3 now). Harvest it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody confirmed the verified files of instance %1 yet. Confirm them and type the instance id: Confirm in the window, or vastharvest-cli confirm %1 --confirm %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The confirmation of %1 was given for an earlier verification report. Confirm the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The typed id &apos;%1&apos; is not the instance id %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::DialogService</name>
    <message>
        <location filename="../ui/dialogservice.cpp" line="+31"/>
        <source>SSH host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH host key of %1 is not the one remembered. Nothing was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remembered: %1
Offered now: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Destroy instance %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy instance %1 (%2)? This deletes its disk and everything on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop instance %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop instance %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stopped instance keeps its disk and keeps billing for storage until it is destroyed. It may not get its GPU back when started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harvests are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvests still running: %1. Quit and cancel them? Partial files are kept and resume next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vast.ai API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the API key from the Vast.ai console (Account, API keys). It is stored in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase of the SSH key %1 to connect to %2. Vast Harvest keeps it in memory until it quits and never writes it to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase did not unlock the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::FileDownloader</name>
    <message>
        <location filename="../app/transfer/filedownloader.cpp" line="+54"/>
        <location line="+131"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The disk holding %1 is full: %2 more bytes are needed and %3 are free. Free some space or choose another destination; the partial file is kept and the download resumes from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create the folder %1. Check the destination and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1 for writing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The download of %1 was cancelled at %2 bytes; %3 is kept and resumes next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The download of %1 was cancelled; %2 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing %1 to disk failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The download is complete in %1, but renaming it to %2 failed. If %2 exists, move it away and run the harvest again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::FileModel</name>
    <message>
        <location filename="../ui/filemodel.cpp" line="+26"/>
        <source>%1 bytes</source>
        <extracomment>Tooltip of a size: the exact count, e.g. &quot;1,073,741,824 bytes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1
saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Remote path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::FileVerifier</name>
    <message>
        <location filename="../app/verify/fileverifier.cpp" line="+27"/>
        <source>the test command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the test command %1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the test command %1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the test command %1 exited with status %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The minimum-size rule &apos;%1&apos; is not of the form GLOB=SIZE, e.g. &apos;*.gguf=5G&apos; (K, M, G, T are powers of 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the local file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the remote size is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size differs: local %1 bytes, remote %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the remote file was not checked again after the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the remote file changed during the download (size %1 to %2 bytes, modified %3 to %4); it may still be written. Wait until the job finished, then harvest again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>verification was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the remote SHA-256 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 differs: local %1, remote %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 format check failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smaller than the minimum %1 set by &apos;%2&apos; (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the local file changed while it was verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::FormatCheck</name>
    <message>
        <location filename="../app/verify/checksupport.cpp" line="+18"/>
        <source>at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected end of file (size %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>format check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/verify/formatcheck.cpp" line="+80"/>
        <source>format not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::GgufCheck</name>
    <message>
        <location filename="../app/verify/ggufcheck.cpp" line="+233"/>
        <source>file of %1 bytes is too small to hold the GGUF magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad magic %1, expected &quot;GGUF&quot; (47 47 55 46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported GGUF version 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version field 0x%1 looks byte-swapped; big-endian GGUF files are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported GGUF version %1 (supported: 1, 2 and 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file of %1 bytes ends inside the %2-byte GGUF v%3 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>tensor count %1 cannot fit in the %2 bytes after the header (each tensor info takes at least %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>metadata count %1 cannot fit in the %2 bytes after the header and tensor infos (each key/value pair takes at least %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>string length %1 exceeds the %2 bytes left in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>string length %1 exceeds ggml&apos;s limit of 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>key length %1 exceeds the %2 bytes left in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>metadata key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key length %1 exceeds the GGUF limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>array has unknown element type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arrays are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>array of %1 elements exceeds ggml&apos;s limit of 2^30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>array of %1 %2 elements cannot fit in the %3 bytes left in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>general.alignment has value type %1, expected UINT32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>general.alignment %1 is not a non-zero power of two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>duplicate metadata key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>metadata key &apos;%1&apos; has unknown value type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>tensor name length %1 exceeds the %2 bytes left in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor name length %1 exceeds ggml&apos;s limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate tensor name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos; has %2 dimensions, more than ggml&apos;s limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dimension %1 of tensor &apos;%2&apos; is negative (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>element count of tensor &apos;%1&apos; overflows 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tensor &apos;%1&apos; has type %2 (%3), which ggml no longer supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos;: row length %2 is not a multiple of the %3 block size %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>byte size of tensor &apos;%1&apos; overflows 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>data section would start at byte %1, past the end of the file (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tensor &apos;%1&apos; has offset %2, which is not a multiple of the alignment %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos; has offset %2, expected %3: tensor data must follow the order of the tensor infos without gaps or overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos; has offset %2, before the offset %3 of the tensor declared before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>end of tensor &apos;%1&apos; overflows 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>data of tensor &apos;%1&apos; starts past the end of the file (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>data of tensor &apos;%1&apos; ends at byte %2, past the end of the file (%3 bytes); the file is truncated or the header is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown tensor type %1 in tensor &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::HarvestCommand</name>
    <message>
        <location filename="../app/cli/command_harvest.cpp" line="+41"/>
        <source>harvest needs at least one --remote PATTERN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>harvest needs --dest DIR, the local folder for the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--parallel takes a number from 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--streams takes a number from 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--stream-threshold takes a size such as 256M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the identity file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n file(s), %1 in all, into %2</source>
        <translation>
            <numerusform>%n file, %1 in all, into %2</numerusform>
            <numerusform>%n files, %1 in all, into %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[%1/%2] %3  %4%  %5 of %6  %7  %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>verified  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED    %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+5"/>
        <source>vastharvest-cli harvest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Instance %1 does not exist in this account (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1 has no SSH endpoint yet (status %2). Wait until it is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::HarvestController</name>
    <message>
        <location filename="../ui/harvestcontroller.cpp" line="+143"/>
        <source>The SSH identity file %1 does not exist. Choose another one in Settings, or clear it to use the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instance %1 has no SSH address yet (status %2). Wait until it runs, then refresh and harvest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+264"/>
        <source>Instance %1 is not in the account&apos;s list. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+96"/>
        <location line="+112"/>
        <location line="+20"/>
        <source>Instance %1 is busy; wait until it finishes or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Instance %1 was destroyed; there is nothing left to harvest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No remote pattern for instance %1. Type one, e.g. /workspace/**/*.gguf, or use Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Nothing was harvested from instance %1 yet; harvest it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Not connected to Vast.ai; set the API key in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No files were harvested from instance %1. Harvest and verify them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>destroying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>harvesting (%1 of %2 files done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destroy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>confirmed (%1 of %1 verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>local copy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified (%1 of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed (%1 of %2 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete (%1 of %2 verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instance %1 is still being harvested or verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::HarvestJob</name>
    <message>
        <location filename="../app/harvest/harvestjob.cpp" line="+37"/>
        <source>The harvest was cancelled. Partial files are kept and resume next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 Retrying (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 Reconnecting to resume %2 (attempt %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 already exists; it is verified as it is, not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The harvest that started at %1 has not listed the files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The earlier journal was moved to %1, so that its confirmation no longer allows a destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 did not match the instance&apos;s file last time; it was moved to %2 and is downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 changed on the instance since the last harvest; its partial download was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No file on %1 matched %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+186"/>
        <source>All %1 harvested files from %2 were verified, but %3 of what the patterns selected could not be harvested: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 files from %3 failed verification; see each file&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every file from %1 was verified, but the journal could not be saved: %2 Destroy stays disabled. Free space or fix the permissions of the state folder, then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::HostKeyDialog</name>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="+16"/>
        <source>New SSH host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;This is the first connection to &lt;b&gt;%1&lt;/b&gt;. Its SSH server identifies itself with the key below. Before you trust it, compare the fingerprint with what &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; prints for the host keys in &lt;tt&gt;/etc/ssh&lt;/tt&gt; on the instance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept and remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::Instance</name>
    <message>
        <location filename="../app/cloud/instance.cpp" line="+22"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-87"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+169"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-146"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field &apos;%1&apos; should be %2 but is %3; it was ignored.</source>
        <extracomment>%1 is a JSON field name, %2 the expected type, %3 the type found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>an object of arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a HostPort string for each mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+11"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vast.ai sent an instance without a valid id (found %1); the row was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::InstanceDestroyer</name>
    <message>
        <location filename="../app/harvest/instancedestroyer.cpp" line="+68"/>
        <source>Cannot confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another destroy of %1 is running (lock file %2). Wait until it ends, then check the instance&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1, so nothing was sent. Check the free space and permissions of the state folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An earlier destroy request for %1 has no known outcome, and reading the instance failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The instance no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instance %1 is already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Reading %1 before destroying it failed: %2 Nothing was sent; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Destroy not sent: the journal could not record the request. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Destroy not sent: the audit log could not record the request. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The destroy request for %1 has no confirmed outcome: %2 Check the instance list before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destroying %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::InstanceModel</name>
    <message>
        <location filename="../ui/instancemodel.cpp" line="+45"/>
        <source>provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 × %2</source>
        <extracomment>GPU model times GPU count, e.g. &quot;RTX 4090 × 2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>$%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>$%1 per hour since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Direct connection to the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the Vast.ai SSH proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The instance has no SSH address until it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::InstancesCommand</name>
    <message>
        <location filename="../app/cli/command_instances.cpp" line="+45"/>
        <source>%1 (proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>$/H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>vastharvest-cli: &apos;instances&apos; takes no arguments, but got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The account has no instances.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::Journal</name>
    <message>
        <location filename="../app/harvest/journal.cpp" line="+194"/>
        <source>The journal has schema version %1; this Vast Harvest reads version %2. Use the version that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal names no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The journal&apos;s file list contains an entry that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::JournalStore</name>
    <message>
        <location filename="../app/harvest/journalstore.cpp" line="+47"/>
        <source>Cannot read the journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The journal %1 %2. It was moved to %3 and a new harvest starts; compare the files by hand before destroying anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal %1 %2, and moving it aside failed. Move it away by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no journal for %1 in %2. Run a harvest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal %1 belongs to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the journal %1 aside to %2. Move it away by hand before destroying anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1 for journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write the journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the journal %1: %2. Free some disk space and try again; the previous journal is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the journal %1: %2. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::KnownHosts</name>
    <message>
        <location filename="../app/transfer/knownhosts.cpp" line="+175"/>
        <source>Cannot read the known hosts file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Refusing to store a malformed host key entry for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another program holds the lock on %1. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Cannot write the known hosts file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::LocalFolderAccess</name>
    <message>
        <location filename="../app/transfer/localfolderaccess.cpp" line="+41"/>
        <source>The demo files in %1 are missing. Restart the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The pattern &apos;%1&apos; matched no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+60"/>
        <source>Opening %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cannot open %1 for writing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The download of %1 was cancelled; %2 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1 to disk failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renaming %1 to %2 failed; move %2 away and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+112"/>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vast Harvest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Harvest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the matching files and verify them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onfirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse remote files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remote &amp;patterns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. /workspace/**/*.gguf; /workspace/out/*.safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote glob patterns separated by &apos;;&apos;. ** matches any number of folders. Remembered per instance label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every file of instance %1 verified again from disk. Confirm to allow destroying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some files of instance %1 failed verification again; the Verdict column gives the reason. Harvest them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to Vast.ai: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Using the API key of the vastai CLI from %1. Import it in Settings to keep it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The rows show the state of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing the instance list failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not connected to Vast.ai. Open Settings (%1) to set the API key, or start with --demo to try the app with simulated instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the instance list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instances in this account. Rent one on Vast.ai; it appears here at the next refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an instance above to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to instance %1 and listing the patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No files harvested from instance %1 yet. Type remote patterns above or browse the instance (%2), then press Harvest (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy disabled: instance %1 is busy (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy allowed: every file of instance %1 is verified, unchanged and confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 downloading</source>
        <extracomment>Window title while downloads run; the application name follows it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Instance %1 confirmed. Destroy is enabled as long as the local files stay unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the files of instance %1 back from disk; the destroy request goes out only if every byte still matches the verified copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping instance %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance %1 is stopping. It keeps billing for its disk until destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The destination %1 does not exist yet; it is created by the first harvest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>instance %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The new API key is used after the running destroy request ends. Open Settings again then, or restart Vast Harvest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to Vast.ai with the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instance %1: all %2 files are downloaded and verified. Check them, then use Confirm (%3) to allow destroying the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Harvest verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance %1 (%2): every file verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Harvest of instance %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harvest failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1 was destroyed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance %1 (%2) was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destroy failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="+53"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::RangedDownload</name>
    <message>
        <location filename="../app/transfer/rangeddownload.cpp" line="+93"/>
        <location line="+7"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot reserve %1 bytes for %2: %3. Free some space or choose another destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended at byte %2, before the %3 bytes it had when listed; it changed on the instance. Harvest it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 Reconnecting stream %2 of %3 (attempt %4 of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The download of %1 was cancelled; %2 and its range state are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing %1 to disk failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The download is complete in %1, but renaming it to %2 failed. If %2 exists, move it away and run the harvest again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::RemoteBrowserDialog</name>
    <message>
        <location filename="../ui/remotebrowserdialog.cpp" line="+44"/>
        <source>Choose files on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A remote folder followed by /* or /**/* lists its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remote file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use ticked files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type a pattern such as /workspace/* and press List.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing matches. Try a folder above, e.g. /workspace/*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files found: %1. Tick the ones to harvest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::RemoteHasher</name>
    <message>
        <location filename="../app/transfer/remotehasher.cpp" line="+149"/>
        <source>%1 printed unexpected output while searching for a SHA-256 tool: &apos;%2&apos;. Check what the login shell prints on the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has none of openssl, sha256sum, python3 or shasum, so the remote SHA-256 cannot be computed. Install one of them on the instance (e.g. apt-get install coreutils).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing the SHA-256 of %1 on %2 failed (exit status %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2 printed unexpected output for %3 instead of a SHA-256: &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on %2 is a symbolic link, not a folder, or belongs to another user, so the SHA-256 job does not keep its files there. Remove it on the instance (as its owner or root) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The SHA-256 job for %1 on %2 stopped without a result three times. Check the instance&apos;s /tmp and its free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Computing the SHA-256 of %1 on %2 did not finish within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing the SHA-256 of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::RemoteLister</name>
    <message>
        <location filename="../app/transfer/remotelister.cpp" line="+62"/>
        <source>Resolving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the attributes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The folder %1 of pattern &apos;%2&apos; does not exist on the instance. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder %1 of pattern &apos;%2&apos; cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pattern &apos;%1&apos; matched no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Listing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is nested more than %2 folders deep; it was not searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>Listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listing stopped after %1 entries; narrow the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server listed a name with a slash in %1; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not valid UTF-8, so it cannot be downloaded; it was skipped. Rename it on the instance, e.g. with convmv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Following the link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>%1 would be saved as %2, which another file already uses; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::RemotePath</name>
    <message>
        <location filename="../app/transfer/remotepath.cpp" line="+110"/>
        <source>The remote pattern is empty. Give a path such as /workspace/**/*.gguf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The remote pattern &apos;%1&apos; contains a control character (code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The remote pattern &apos;%1&apos; names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The remote pattern &apos;%1&apos; contains &apos;..&apos;; give the folder directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the remote pattern &apos;%1&apos;, &apos;**&apos; must stand alone between slashes, as in /workspace/**/*.gguf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The remote pattern &apos;%1&apos; has &apos;.&apos; at its end or after a wildcard; leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The remote file has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The remote name &apos;%1&apos; would leave the destination folder; the file was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent a file name with a slash (&apos;%1&apos;); the file was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The remote name &apos;%1&apos; contains a control character; the file was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The remote name &apos;%1…&apos; is too long to save here: %2 bytes, and at most %3 fit. The file was skipped; rename it on the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The path &apos;%1&apos; would end up outside the destination folder %2; the file was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::SafetensorsCheck</name>
    <message>
        <location filename="../app/verify/safetensorscheck.cpp" line="+179"/>
        <source>invalid JSON header: unexpected end of header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>unpaired surrogate in a \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>tensor &apos;%1&apos;: %2 must hold non-negative integers below 2^64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>values nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+254"/>
        <source>duplicate key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-204"/>
        <source>__metadata__ must be a JSON object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>duplicate key &apos;%1&apos; in __metadata__</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>__metadata__ value of &apos;%1&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tensor &apos;%1&apos;: shape must be an array of integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tensor &apos;%1&apos;: data_offsets must be an array of two integers [BEGIN, END]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>tensor &apos;%1&apos; is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tensor &apos;%1&apos; has a duplicate field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tensor &apos;%1&apos;: dtype must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>tensor &apos;%1&apos; has no dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has no shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tensor &apos;%1&apos; has no data_offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>header is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>invalid JSON header: unexpected data after the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>header too small: the file has %1 bytes, fewer than the 8-byte header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>header too large: the header length field is %1 bytes, above the limit of %2 (a Git LFS pointer or an error page instead of the model?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid header length %1: the file has only %2 bytes after the length field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>hole of %1 bytes in the data buffer before tensor &apos;%2&apos;: it begins at %3, but the data before it ends at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tensor &apos;%1&apos; begins at %2, overlapping tensor &apos;%3&apos; that ends at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos;: data_offsets end %2 is before begin %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tensor &apos;%1&apos;: element count of shape %2 overflows 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos; has unknown dtype &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tensor &apos;%1&apos;: size of shape %2 in %3 overflows 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor &apos;%1&apos;: %2 elements of %3 do not fill whole bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensor &apos;%1&apos; spans %2 bytes, but shape %3 of %4 needs %5 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>incomplete file: the tensor data runs to byte %1, but the file has only %2 bytes (truncated download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 extra bytes after the end of the tensor data at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vast.ai API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-154"/>
        <source>&amp;Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from vastai CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the key from %1 into the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the SSH agent, then ~/.ssh/id_*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the SSH &amp;agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Identity file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Harvest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} and {id} are replaced by the instance&apos;s label and id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote glob patterns separated by &apos;;&apos;. ** matches any number of folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one rule a line, e.g. *.gguf=1G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional, e.g. python3 check.py {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;patterns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum sizes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel &amp;downloads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>SSH private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The identity file %1 does not exist; choose another or clear the field to use the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The destination is empty; give a folder such as ~/VastHarvest/{label}-{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo mode uses no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>An API key is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+41"/>
        <source>No API key is stored. Set one, or import the vastai CLI&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The keychain is not available: %1 Vast Harvest stores the key nowhere else; set VAST_API_KEY in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The typed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key from %1 is now stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::Sha256</name>
    <message>
        <location filename="../app/verify/sha256.cpp" line="+65"/>
        <source>Cannot read %1 to compute its SHA-256: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hashing %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1 failed after %2 bytes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::SshEndpoint</name>
    <message>
        <location filename="../app/cloud/sshendpoint.cpp" line="+29"/>
        <source>&apos;%1&apos; is not a valid SSH target: %2. Write it as USER@HOST:PORT, for example root@203.0.113.5:22 or root@[::1]:2222.</source>
        <extracomment>%1 is what the user typed after --ssh, %2 the reason it is wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the user name before &apos;@&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the user name contains spaces or &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the &apos;[&apos; of the IPv6 address is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only &apos;:PORT&apos; may follow the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>the port after &apos;:&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an IPv6 address must be written in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the host name is empty or contains spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::SshRemoteAccess</name>
    <message>
        <location filename="../app/transfer/sshremoteaccess.cpp" line="+57"/>
        <source>%1 no longer exists on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::SshSession</name>
    <message>
        <location filename="../app/transfer/sshsession.cpp" line="+163"/>
        <source>no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 failed on %2: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed on %2: permission denied. Check the file&apos;s owner and mode on the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed on %2: the remote disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed on %2: SFTP status %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 timed out on %2: no data for %3 s. The link may have dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the connection to %2 dropped (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed on %2: %3 (libssh2 error %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>libssh2 could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SSH handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The host key of %1 (%2) has changed. Stored: %3 %4. Offered now: %5 %6. This can mean someone is intercepting the connection. If the instance was really re-created, remove the line for %1 from %7 (ssh-keygen -R &quot;%1&quot; -f &quot;%7&quot; also finds hashed names) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The host key of %1 (%2) is marked as revoked in %3: %4 %5, so the connection was closed. Connect again only after the server has a new host key and you have checked its fingerprint on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The host key of %1 (%2) is not known yet: %3 %4. Compare the fingerprint with the instance&apos;s, then accept it (in the CLI: --accept-new-host-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 does not accept public keys (it offers: %2). Vast Harvest authenticates with SSH keys only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>the SSH agent (%n key(s) rejected)</source>
        <translation>
            <numerusform>the SSH agent (%n key rejected)</numerusform>
            <numerusform>the SSH agent (%n keys rejected)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the SSH agent (not reachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Connecting to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 (file not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (encrypted, no passphrase given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (wrong passphrase or unreadable key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (unreadable or unsupported key format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (rejected by the server; RSA keys need libssh2 1.11 or newer, this build has %2, because current servers refuse SHA-1 signatures: use an ed25519 key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (rejected by the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 dropped during authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no key: no agent and no ~/.ssh/id_ed25519, id_ecdsa or id_rsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication as %1 failed. Tried: %2. Add your public key to the instance (on Vast.ai: Account, SSH keys, then attach it to the instance), or choose the matching private key (--identity FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Starting SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 did not finish within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The remote command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening an exec channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting a remote command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading a remote command&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::StatusCommand</name>
    <message>
        <location filename="../app/cli/command_status.cpp" line="+15"/>
        <source>vastharvest-cli status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::StreamReader</name>
    <message>
        <location filename="../app/verify/streamreader.cpp" line="+31"/>
        <source>the device does not support seeking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file ended at byte %1, before its reported size of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::TcpConnection</name>
    <message>
        <location filename="../app/transfer/tcpconnect.cpp" line="+133"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Cannot resolve the host name %1: %2. Check the name, or the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting to %1:%2 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1:%2 timed out after %3 s. Check that the instance is running and its SSH port is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect to %1:%2: %3. Check that the instance is running and its SSH port is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::Units</name>
    <message>
        <location filename="../app/common/units.cpp" line="+61"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::VastClient</name>
    <message>
        <location filename="../app/cloud/vastclient.cpp" line="+219"/>
        <source>%1 on %2 got no answer within %3 s (attempts: %4). Check the network connection and try again.</source>
        <extracomment>%1 is e.g. &quot;GET /api/v1/instances/&quot;, %2 a host, %3 seconds, %4 attempts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS certificate of %1 could not be verified for %2, so nothing was sent. Check the system clock and any proxy or antivirus program that intercepts HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server closed the connection before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the network failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2 failed: %3 (attempts: %4). Check the network connection and the API URL (--api-url or VASTHARVEST_API_URL).</source>
        <extracomment>%1 is e.g. &quot;GET /api/v1/instances/&quot;, %2 a host, %3 what went wrong, %4 attempts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vast.ai rejected the API key for %1 (%2). Check the API key in Settings or VAST_API_KEY.</source>
        <extracomment>%1 is e.g. &quot;GET /api/v1/instances/&quot;, %2 the HTTP status and Vast.ai&apos;s words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API key may not do %1 (%2). Use a key with the instance_read and instance_write permissions, set in Settings or VAST_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vast.ai kept limiting the rate of %1 (attempts: %2; %3). Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vast.ai had a server error on %1 (attempts: %2; %3). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vast.ai no longer serves %1 (%2). This version of Vast Harvest needs an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vast.ai found nothing at %1 (%2). Check the instance id and that the API URL points to Vast.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was redirected (%2); the API key is not sent to another address. Check the API URL (--api-url or VASTHARVEST_API_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vast.ai rejected %1 (%2). Check the instance in the Vast.ai console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vast.ai answered %1 with HTTP %2 but %3. Try again; if it keeps happening, check that the API URL points to Vast.ai.</source>
        <extracomment>%1 is e.g. &quot;GET /api/v1/instances/&quot;, %2 the HTTP status, %3 what was wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a usable API URL. Give an address like https://console.vast.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API URL &apos;%1&apos; may not contain a user name, a query or a fragment. Give an address like https://console.vast.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API URL &apos;%1&apos; uses plain http, which would send the API key unencrypted. Use https (plain http is accepted only for 127.0.0.1 and localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+236"/>
        <location line="+80"/>
        <location line="+107"/>
        <location line="+107"/>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-282"/>
        <source>its &apos;instances&apos; field is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>its pages do not come to an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>it has no &apos;instances&apos; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its &apos;instances&apos; field is neither an object nor null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it describes instance %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <location line="+77"/>
        <source>&apos;%1&apos; is not a Vast.ai instance id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Vast.ai did not carry out %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The label has %1 characters; Vast.ai accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+18"/>
        <source>Instance %1 was not destroyed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Vast.ai did not destroy instance %1: %2. The instance is unchanged; check it in the Vast.ai console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>It is not known whether instance %1 was destroyed: %2 Reading it again failed too: %3 Check the instance in the Vast.ai console before you rely on it being gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instance %1 was destroyed (confirmed by reading it again after an unclear answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Instance %1 still exists after %2 destroy requests: %3 It is still billed; try again later or destroy it in the Vast.ai console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Instance %1 was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vast.ai accepted the destroy of instance %1, but reading it afterwards failed: %2 Check the instance in the Vast.ai console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vast.ai accepted the destroy of instance %1, but it still appeared with status &apos;%2&apos; after %3 s. Check the instance in the Vast.ai console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::VerifyCommand</name>
    <message>
        <location filename="../app/cli/command_verify.cpp" line="+28"/>
        <location line="+21"/>
        <source>vastharvest-cli verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vh::ZipCheck</name>
    <message>
        <location filename="../app/verify/zipcheck.cpp" line="+165"/>
        <source>file of %1 bytes is too small for a zip archive (at least 22 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no end of central directory record in the last %1 bytes; the archive is truncated or not a zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the end record defers to ZIP64 values, but no ZIP64 locator precedes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <source>archive spans several disks, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>end record counts %1 entries on this disk but %2 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>archive spans %1 disks, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ZIP64 locator points to byte %1, but no ZIP64 end record fits before the locator at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no ZIP64 end of central directory record at byte %1, where the ZIP64 locator points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ZIP64 end record size %1 does not fit between byte %2 and the locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ZIP64 end record counts %1 entries on this disk but %2 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>entry &apos;%1&apos; needs 64-bit sizes or offset, but has no valid ZIP64 extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>central directory ends inside entry %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 of %2 has no central directory header signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>entry %1 of %2 runs past the end of the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>central directory of %1 bytes at byte %2 runs past byte %3, where the end record starts; the archive is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 unexpected bytes between the central directory and the end record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 entries cannot fit in a central directory of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>central directory holds %1 more bytes after the %2 entries that the end record counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>entry &apos;%1&apos;: local header at byte %2 lies past the end of the file (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry &apos;%1&apos;: no local file header at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry &apos;%1&apos;: local header runs past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry &apos;%1&apos;: the local header names it &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>data of entry &apos;%1&apos; ends at byte %2, past the end of the file (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>data of entry &apos;%1&apos; ends at byte %2, inside the central directory that starts at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored entry &apos;%1&apos; has compressed size %2 but uncompressed size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>entry &apos;%1&apos; at byte %2 overlaps the data of entry &apos;%3&apos;, which ends at byte %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>deflate data of entry &apos;%1&apos; ends before the end of its stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deflate data of entry &apos;%1&apos; is corrupt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry &apos;%1&apos; inflates to more than its uncompressed size of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry &apos;%1&apos; holds %2 bytes, but the central directory says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CRC-32 mismatch in entry &apos;%1&apos;: the central directory says %2, the data gives %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
