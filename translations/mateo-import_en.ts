<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountCheckPanel</name>
    <message>
        <source>Before you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and update contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only create new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only update existing contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip unchanged rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows whose values Hellomateo already has are not sent; saves quota. Needs the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mapping problem(s) with this account — Import stays off until they are fixed:</source>
        <translation>
            <numerusform>%n mapping problem with this account — Import stays off until they are fixed:</numerusform>
            <numerusform>%n mapping problems with this account — Import stays off until they are fixed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the file&apos;s contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rows to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (not sent)</source>
        <translation>
            <numerusform>%n conflict (not sent)</numerusform>
            <numerusform>%n conflicts (not sent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) used.</source>
        <translation>
            <numerusform>%n request used.</numerusform>
            <numerusform>%n requests used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 rows were checked: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode changed: run the preview again to see what this mode sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mode needs the preview: it decides which rows are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The preview looks up every identifier of the file: about %n request(s) of your %L1 a day (%L2 left today). It stops after %L3 requests.</source>
        <translation>
            <numerusform>The preview looks up every identifier of the file: about %n request of your %L1 a day (%L2 left today). It stops after %L3 requests.</numerusform>
            <numerusform>The preview looks up every identifier of the file: about %n requests of your %L1 a day (%L2 left today). It stops after %L3 requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mode sends %L1 of them; %L2 are kept back and listed with the failed rows, each with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPreflight</name>
    <message>
        <source>retrying in %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the account&apos;s custom fields and channels, so the mapping was not checked and nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mapping does not fit this account (%n problem(s)); nothing was sent:</source>
        <translation>
            <numerusform>The mapping does not fit this account (%n problem); nothing was sent:</numerusform>
            <numerusform>The mapping does not fit this account (%n problems); nothing was sent:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: its journaled mapping cannot be read (%2); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyLookup</name>
    <message>
        <source>The keychain did not answer within 15 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>%1: the server redirected to %2; the request is not sent there again automatically. Use that address as the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server redirected to %2, another address. The request was not followed there (the API key is only sent to %3). Check the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2). Check the computer&apos;s date and time and the API URL; if a proxy inspects HTTPS, ask your IT department to allow the API&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server did not answer within %2 s. Retrying; if it keeps happening, check the network and resume later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2). Check the API URL and the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no connection to %2 (%3). Check the network and the API URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at byte %3). Check that the API URL points to the Hellomateo API (it ends in /api/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of this batch are handed back as failed rows; fix them and import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key was accepted: set MATEO_API_KEY or store a key in the keychain, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused: create a new key in Hellomateo (Settings → API), then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API URL; it should end in /api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is too large; it is split in two and sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate or daily limit is reached; the import waits and continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has trouble; retrying. If it persists, resume later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API URL and the input, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 — %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 — %3. Hint: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split in two (too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lines %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import id (for support): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPreview</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-and-update (default), create-only (rows that match a contact are not sent) or update-only (rows that match no contact are not sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send rows whose values the contact already has (saves quota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many lookup requests for the preview (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode takes create-and-update, create-only or update-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-requests takes a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview cost: %n lookup request(s) planned (one more for every further 50 contacts a lookup finds), of %L1 requests a day; %L2 left today. This preview stops after %L3.</source>
        <translation>
            <numerusform>Preview cost: %n lookup request planned (one more for every further 50 contacts a lookup finds), of %L1 requests a day; %L2 left today. This preview stops after %L3.</numerusform>
            <numerusform>Preview cost: %n lookup requests planned (one more for every further 50 contacts a lookup finds), of %L1 requests a day; %L2 left today. This preview stops after %L3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed, so no row could be chosen by the mode; nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview stopped before every row was predicted (%1, %L2 of %L3 rows); the mode cannot choose rows it has not seen, so nothing was sent. Raise --max-requests (the lookups need about %L4 requests), or import without --mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not sent (kept back by the mode, or conflicts); they are handed back with the failed rows, each with its reason.</source>
        <translation>
            <numerusform>%Ln row not sent (kept back by the mode, or conflicts); they are handed back with the failed rows, each with its reason.</numerusform>
            <numerusform>%Ln rows not sent (kept back by the mode, or conflicts); they are handed back with the failed rows, each with its reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %L1 in the file, %L2 sendable, %L3 predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new:        %L1 (would create a contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  update:     %L1 (would change an existing contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unchanged:  %L1 (the contact already has every value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  conflict:   %L1 (Hellomateo would refuse: identifiers of different contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rejected:   %L1 (a value Hellomateo cannot store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode %1%2: %L3 to send, %L4 kept back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, skip unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 updates contact %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; belongs to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 conflicts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests used: %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: every sendable row was predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete: %1 Rows predicted: %L2 of %L3 sendable (through line %4). Raise --max-requests, or preview again tomorrow, to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying in %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1%2] %L3/%L4 rows, batch %5/%6, %7 rows/s, ETA %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: %L1 of %L2 rows processed (%L3 imported, %L4 failed), %5 of %6 batches done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <source>Another column is also imported as &quot;%1&quot;. Choose a different target for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Hellomateo as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no suggestion; this column has data that will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (certain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (perhaps)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandInputs</name>
    <message>
        <source>%1 maps no column of %2 (none of its headers with a target is in the file), so nothing would be imported. Map at least one column, e.g. in the wizard, and save the profile again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineInterface</name>
    <message>
        <source>mateo-import: unknown command &quot;%1&quot;. Run &quot;mateo-import --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mateo-import [COMMAND] [OPTIONS]

Imports contact spreadsheets (CSV, TXT, XLSX) into Hellomateo.
Without a command, opens the import wizard.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --help        show this help
  --version     print the version
  --self-test   check that this installation works (no display needed)
  --lang LANG   open the wizard in this language (de, en)

Run &quot;mateo-import COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 some rows invalid or failed, 2 usage or unreadable input,
3 connection or authentication failure, 75 stopped by the daily quota (resumable).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import %1: %2. Run &quot;mateo-import %1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import %1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write messages in this language (de, en); default: from LANG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into your Hellomateo account, or practise first with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice sandbox ready at %1. Nothing you do here reaches a real account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key for %1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key for %1 was removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the API key stored in the system keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job %1 is no longer unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice sandbox is not ready yet. Wait until it is, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for %1 is stored. Choose &quot;Hellomateo account&quot;, enter the key for that address, test the connection, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the practice sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice with sample data (no account needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hellomateo account (API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings → Integrations → API keys in Hellomateo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past &amp;imports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the import works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet (CSV or Excel) and check how it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column holds what: customer number, email, phone numbers, fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every problem before anything is sent, including time zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the contacts in batches. You can pause, close the window and resume later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get every row that failed back in a table, fix it in Excel and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the API key from the environment variable MATEO_API_KEY for %1; the system keychain is not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted (HTTP %1). Copy it again from Hellomateo (Settings → Integrations → API keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to %2. Check the API address or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStateDelegate</name>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentValueDialog</name>
    <message>
        <source>Consent values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the values of a channel column mean. Values found in the file come first; highlighted ones are not recognised, and their rows are not imported until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the values in the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values in %2 rows are not recognised (highlighted). Choose what they mean, or these rows are handed back for fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value in the column is recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 empty cells send nothing (no consent change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column has more than %1 different values; is it really a consent column?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentValueModel</name>
    <message>
        <source>Accepted (consent given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested (confirmation pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing (leave the subscription as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: the row is handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with &quot;%1&quot; are not imported until you choose what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>write the exact request bodies: FILE --profile P.json --out PAYLOADS.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import convert: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import convert: %1: cannot write (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 contacts in %3 import objects written to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows left out because of errors; run &quot;mateo-import validate %2 --profile %3&quot; to see them all. First:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1, column &quot;%2&quot;: %3 (value: &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the request bodies (JSON lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields and marketing channels (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the request bodies `run` would send, one import object a line, in batches of the
profile&apos;s batch_size (default 1000). Rows with errors are left out (see `validate`), and
rows with nothing mapped to send are skipped; both are counted and named by line.
Exit codes: 0 every row written, 1 some rows left out or skipped, 2 usage or unreadable input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped. First:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped. First:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvIndexBuilder</name>
    <message>
        <source>The file became shorter while it was read (at byte %1). Wait until the program writing it has finished, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) (blank lines or only delimiters) were skipped.</source>
        <translation>
            <numerusform>%n empty row (blank lines or only delimiters) were skipped.</numerusform>
            <numerusform>%n empty rows (blank lines or only delimiters) were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 values but the header has %3 columns; the missing values are left empty. Check the row for a lost delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 values but the header has %3 columns; the extra values are kept in added columns. Check the row for a delimiter inside an unquoted value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: this row is %2 MB long; only its first %3 MB are read. Check the file for a missing line break or quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: bytes that are not valid %3 are shown as �. If letters such as umlauts look wrong, choose another encoding (for example Windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote character inside an unquoted value was kept as text. Check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: text follows the closing quote; it was kept as part of the value. Check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: this quote is never closed; it was read as text so the following lines stay separate rows. Check the value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvRecordSource</name>
    <message>
        <source>%1: cannot be read (%2). Check that the file exists and you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvSourceOpener</name>
    <message>
        <source>%1: cannot convert the UTF-16 text (%2). Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTF-16 code unit(s) that do not form characters are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2). Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contains only empty lines, no header row and no data. Export the table again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contains no rows. Export the table again, with its header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header row %2 does not exist, the file has only %3 row(s). Choose a smaller header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows end in different ways (LF: %1, CRLF: %2, CR: %3); all were read. This often means the file was pasted together from several exports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateExamples</name>
    <message>
        <source>Excel day numbers, e.g. 45657 for 31.12.2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>03/04/2024 (day and month order still to choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeConverter</name>
    <message>
        <source>no time zone in the value; read as %1 (%2). Confirm the source time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date this program can read; write it as 2024-03-15, 15.03.2024 or 2024-03-15T14:30:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day and month cannot be told apart; confirm the column&apos;s format (d/M/yyyy or M/d/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plain number in a date column; if these are Excel serial dates, set the column&apos;s format to excel_serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel day 60 is 29.02.1900, a day that never existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date without a year (--MM-DD) cannot be stored as a birthday; it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date without a year cannot be a point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this day does not exist in the calendar; check day, month and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of day is out of range; use 00:00 to 23:59:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value has no time zone and no source time zone is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this local time does not exist in %1 (clocks jumped forward); correct it or set the rule for skipped times (dst_gap: shift_forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this local time does not exist in %1; moved forward to %2 as the profile says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this local time happens twice in %1 (clocks turned back: %2 or %3); correct it or set the rule for repeated times (dst_overlap: earlier or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this local time happens twice in %1; %2 chosen as the profile says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>mateo-import: the wizard needs a desktop session; see `mateo-import --help` for the command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DstRuleControl</name>
    <message>
        <source>Times changed by daylight saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skipped times (clocks jumped forward):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeated times (clocks went back):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send the row (it is listed to fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move forward by the skipped hour (02:30 becomes 03:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first of the two (still summer time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second of the two (already winter time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, &quot;%2&quot;: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… and %n more row</numerusform>
            <numerusform>… and %n more rows</numerusform>
        </translation>
    </message>
    <message>
        <source>What is sent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDetector</name>
    <message>
        <source>external_id %1 also on line %2: this row would overwrite that contact; remove one of the two rows or give them different ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already used by another contact on line %3: the server would reject this row; correct one of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 also on line %3: this row would update that contact instead of creating a new one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailNormalizer</name>
    <message>
        <source>not an e-mail address (name@example.de)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before @ contains a space, a second @ or a separator; one address per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before @ contains &quot;%1&quot;, which Hellomateo does not accept there (only a-z without accents, digits and . _ + - &apos; ! # $ % &amp; * / = ? ^ ` { | } ~); check the address with the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before @ is not valid (dots at the ends, two dots in a row, or over 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain after @ is not a valid international domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain after @ needs a dot and an ending such as .de or .com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain after @ contains an empty part or a character not allowed in domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain must end in a name such as .de or .com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingDetectionCheck</name>
    <message>
        <source>Encoding detection (uchardet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows-1252 sample was detected as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>in column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it, or empty the cell, and import the fixed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp number &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS number &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Instagram name &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Facebook name &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google Business Messages ID &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; (%2) already belongs to another contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of this row already belongs to another contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already belongs to another contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to another contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or remove it in the file, or import this row with that contact&apos;s customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or remove it in column &quot;%1&quot;, or import this row with that contact&apos;s customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo does not accept &quot;%1&quot; %2 as an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address (one @ and a domain such as example.de), or empty the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo does not accept &quot;%1&quot; %2 as a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number with its country code, for example +49 170 1234567, or empty the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo does not accept the value &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required value is missing in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required, but this row has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value %1 and import the fixed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact list not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact list chosen for this import no longer exists in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another contact list (or none) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; %2 does not exist (for example 31 February or hour 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like 31.12.2024, or empty the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like 31.12.2024 14:30, or empty the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a plain number such as 1234,50, or empty the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write yes or no (ja/nein, 1/0), or empty the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as a consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what this value means in the consent values on the Mapping page, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo cannot read the list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate the words with a semicolon (;) and import the fixed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo cannot read the value &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text %1 is too long for Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten it and import the fixed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is too large or too small for Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field not in Hellomateo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo has no field &quot;%1&quot;, so column &quot;%2&quot; cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the field in Hellomateo, or set the column to &quot;Don&apos;t import&quot; on the Mapping page, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from another contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number or address of this row moved from another contact to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if that is right; otherwise correct the other contact in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo counted this row as failed but did not say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the contact up in Hellomateo; if it is missing, import the row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo had an internal error with this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the row again later; if it fails again, send the details to Hellomateo support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new API key in Hellomateo (Settings, API) and resume the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily limit of your Hellomateo account was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the import tomorrow; nothing is lost and nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo asked mateo-import to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the import in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch with this row was too large for Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the failed rows again with a smaller batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo was not available when this row was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the import later; rows already imported are not sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address does not lead to the Hellomateo Import API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address on the first page and resume the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo could not read what mateo-import sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a fault in mateo-import: send the details to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of this row does not fit Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo did not import this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details show Hellomateo&apos;s own words. Correct the row and import it again, or send the details to Hellomateo support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or empty the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number with its country code, for example +49 170 1234567, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address (one @ and a domain such as example.de), %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time without time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the time zone on the Review page; the time is then sent with its offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time skipped by daylight saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 does not exist: the clocks skipped that hour when summer time began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on the Review page what happens to skipped times, or correct the time in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time repeated by daylight saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 happened twice: the clocks went back an hour when summer time ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on the Review page whether the earlier or the later time is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is also in line %3 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is in the file twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of the two rows, or correct the value in one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a date that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like 31.12.2024 or 31.12.2024 14:30, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date without a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 has no year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the year, for example 31.12.2024, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and month order unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 can be read day first or month first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day and month order on the Review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a plain number such as 1234,50, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mark unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 can be read as two different numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decimal mark of the column on the Mapping page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write yes or no (ja/nein, 1/0), %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown consent value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a consent value mateo-import knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what it means in the consent values on the Mapping page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer number, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no customer number, e-mail address, phone number or other handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column missing in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; of the mapping is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the Mapping page and map the columns of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to a field this Hellomateo account does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another field or &quot;Don&apos;t import&quot; on the Mapping page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns for one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; goes to a field that another column already fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map only one of the columns to that field on the Mapping page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone in the mapping is not known on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the time zone on the Review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row cannot be sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 cannot be sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details say what the check found. Correct the row and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row too long to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is longer than 64 MB, so only its start was read; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at this line in the file for a missing line break or binary data, fix it, and import the fixed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to different contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: this row&apos;s customer number, e-mail or phone numbers belong to different contacts in Hellomateo, so it would be refused. The details name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the identifiers in the file, or merge the contacts in Hellomateo, then import the row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact exists (create only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the import only creates new contacts, and this row matches one that exists. The details name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the row with &quot;Create and update contacts&quot; to update that contact, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact to update (update only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the import only updates existing contacts, and no contact matches this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the row with &quot;Create and update contacts&quot; to create it, or check its customer number, e-mail and phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the contact in Hellomateo already has every value of this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; import it without &quot;Skip unchanged rows&quot; to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control character in a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell %1 holds a control character (such as a NUL byte) that no text field takes: the data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at this line in the file, remove the stray characters, and import the fixed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column mapped for the import is empty in this row, so it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in at least one mapped column, or map a column that has a value in this row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailedRowDetail</name>
    <message>
        <source>Details of the selected failed row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see everything about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line unknown (the server named a row that is not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailedRowModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problem: %1</numerusform>
            <numerusform>%n problems: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailedRowsExport</name>
    <message>
        <source>%1: cannot write the failed rows (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing the failed rows failed (%2). Check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <source>not a JSON object (%1 at offset %2); expected {&quot;custom_fields&quot;: [...], &quot;marketing_channels&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the field list (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Business Messages ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a .csv, .txt or .xlsx file here, or choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;practice sample (German Excel export with typical problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings while reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported contact list. Check the preview: umlauts and columns must look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1… %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 data records, %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line endings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (certain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (uncertain: please check the preview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProbe</name>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Excel .xls workbook (save it as .xlsx or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileRecordSource</name>
    <message>
        <source>%1: the file changed on disk after it was read. Wait until the program writing it has finished, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderNames</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the header &quot;%3&quot; appears more than once; this column is called &quot;%4&quot;. Rename it in the file if another name fits better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n column(s) without a header (column %2) were named &quot;Column N&quot; after their position.</source>
        <translation>
            <numerusform>Line %1: %n column without a header (column %2) were named &quot;Column N&quot; after their position.</numerusform>
            <numerusform>Line %1: %n columns without a header (column %2) were named &quot;Column N&quot; after their position.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import jobs on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports in the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account imports status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the imports in the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the results of the selected import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports started on this computer, and the imports your account received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports were started on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Go back to the first page and choose practice or your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the imports of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 imports. &quot;Load more&quot; shows older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has this one import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 imports of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the results of import %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no such import any more. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportEngine</name>
    <message>
        <source>No import job %1 in the journal %2. Run &quot;mateo-import status&quot; to list the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job %1 is being worked on by another mateo-import (process %2). Wait for it to end, or end it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Nothing new is sent; the request under way completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 in the journal %2 is damaged (its payload does not match its hash). Nothing of it was sent; start the import again from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether batch %1 reached the server before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 had reached the server (import %2); it is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored by the server; sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was too large for the server (413); sending it as two batches of %L2 and %L3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Gave up after %2 attempts. Nothing is lost: run &quot;mateo-import resume&quot; when the server is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily quota is used up; %L1 rows are left. The import can continue from %2 UTC: run &quot;mateo-import resume&quot; then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing new is sent; batches the server already accepted still finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: %L1 rows imported, %L2 failed on the server, %L3 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: %L1 rows imported, %L2 failed or invalid, %L3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Import journal %1: %2 failed (%3). Check free disk space and that only one mateo-import works on this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Choose another with MATEO_DATA_DIR or --data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving failed row of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing the new job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking batch %1 as sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejecting batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splitting batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing split of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording quota usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMode</name>
    <message>
        <source>the contact line %1 of this file creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; belongs to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: Hellomateo would refuse this row because its identifiers belong to different contacts (%1). Fix the identifiers, or merge the contacts in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (create only): it matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (update only): no contact matches this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 already has every value of this row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily quota used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts are sent in batches. You can pause or close the window: the import can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause stops sending after the current batch. Cancel stops for good; batches the server already accepted still finish there and are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sending continues by itself at %2 — you may also close the window and resume later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows processed · %3 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Trying again in %n second.</numerusform>
            <numerusform>%1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>New API key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Enter a valid API key to continue; nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The job is saved; resume it from the first page or with &quot;mateo-import resume&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. This file was already imported with this mapping into this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this file again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported with the same mapping into this account on %1: %2 rows imported, %3 not imported.

Importing it again sends every row once more and counts against today&apos;s quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open its results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Go back to choose another file or mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused: nothing new is sent. %n batch(es) still processing on the server; their rows are counted as they finish.</source>
        <translation>
            <numerusform>Paused: nothing new is sent. %n batch is still processing on the server; its rows are counted as they finish.</numerusform>
            <numerusform>Paused: nothing new is sent. %n batches still processing on the server; their rows are counted as they finish.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: nothing new is sent. %L1 rows wait to be sent; resume when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused. Enter a valid key to continue; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything is sent. %n batch(es) still processing on the server.</source>
        <translation>
            <numerusform>Everything is sent. %n batch still processing on the server.</numerusform>
            <numerusform>Everything is sent. %n batches still processing on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: nothing new is sent. %n batch(es) the server already accepted still finish there (%L1 rows to go); %L2 rows will not be sent.</source>
        <translation>
            <numerusform>Cancelled: nothing new is sent. %n batch the server already accepted still finishes there (%L1 rows to go); %L2 rows will not be sent.</numerusform>
            <numerusform>Cancelled: nothing new is sent. %n batches the server already accepted still finish there (%L1 rows to go); %L2 rows will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy import id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 of %2 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo accepts up to %1 contacts a day for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows changed since the preview. Go back to Review and run the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Nothing left to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none today (the daily quota is used up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 today in 1 batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 today in %L2 batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 tomorrow in 1 batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 tomorrow in %L2 batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 on day %3 in 1 batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 on day %3 in %L2 batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows in 1 batch: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows in %L2 batches: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>Folder of the import journal (default: MATEO_DATA_DIR or the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without data before a request is retried (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s daily contact limit (default 25000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s daily request limit (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First status poll interval in ms (default 2000; backs off to 30 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the failed rows (default: beside the source file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout, --daily-entities, --daily-requests and --poll-interval take positive whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for %1. Set the environment variable MATEO_API_KEY, or sign in once in the wizard (it keeps the key in the keychain).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying in %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows (fix them and import this file again): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts into Hellomateo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is still running. If you close now, sending stops after the current batch; batches the server already accepted still finish. You can resume the rest later from the first page or with &quot;mateo-import resume&quot;.

Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose a file and mapped its columns. If you close now, that work is lost; save the mapping to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>or: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show how a file is read: encoding, delimiter, header row, columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:        %1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:     %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOM:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:    %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoting:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending:  %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row:   %1 (line %2, %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how FILE is read: encoding, delimiter, line ending, header row, rows, columns and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file in this encoding (e.g. windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field delimiter (a character, or tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line number of the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet of an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields and marketing channels for the suggested targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobWriter</name>
    <message>
        <source>The mapping has errors: %1 Fix them on the Mapping page (or in the profile), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalJobModel</name>
    <message>
        <source>Practice · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hellomateo · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: daily quota used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: API key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln batch(es), %2 not sent</source>
        <translation>
            <numerusform>%1 of %Ln batch, %2 not sent</numerusform>
            <numerusform>%1 of %Ln batches, %2 not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln batch(es)</source>
        <translation>
            <numerusform>%1 of %Ln batch</numerusform>
            <numerusform>%1 of %Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No system keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet and log in again; the key is never kept in a plain file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock the keychain (or allow mateo-import to use it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the system keychain is running and unlocked (on Linux a Secret Service such as GNOME Keyring or KWallet), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key for %1 could not be read from the system keychain (%2). %3 Meanwhile, enter the key by hand, or set the environment variable MATEO_API_KEY for the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be stored in the system keychain (%1). %2 It is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers without country code are from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column becomes in Hellomateo. Columns set to &quot;Don&apos;t import&quot; are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the values of a channel column mean. The standard words (ja/nein, yes/no, x, 1/0, opt-in/opt-out) are known already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names columns this file does not have: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also fits &quot;%1&quot;, which column &quot;%2&quot; got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are imported into the same field (marked red). Change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import at least one column as customer number, e-mail or phone number: Hellomateo uses it to recognise the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s own fields and channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s own fields and channels could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with data will not be imported: %1. Choose a field for them if they belong in Hellomateo.</source>
        <translation>
            <numerusform>%n column with data will not be imported: %1. Choose a field for them if they belong in Hellomateo.</numerusform>
            <numerusform>%n columns with data will not be imported: %1. Choose a field for them if they belong in Hellomateo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile is a JSON object with &quot;version&quot; and &quot;columns&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the number 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an array of objects, each with a &quot;header&quot; and a &quot;target&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns[%1] is not an object; each entry is {&quot;header&quot;: ..., &quot;target&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile version %1 is newer than this program understands (1); update mateo-import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source_timezone&quot;: &quot;%1&quot; is not a known IANA time zone (e.g. Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;dst_gap&quot; must be &quot;error&quot; or &quot;shift_forward&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;dst_overlap&quot; must be &quot;error&quot;, &quot;earlier&quot; or &quot;later&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns[%1] has no &quot;header&quot;; every column entry names the header it maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the profile (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Fix the profile or save it again from the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the profile (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in &quot;source&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in columns[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;%2 is ignored; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;%2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>the number was turned into scientific notation by Excel and lost digits; format the column as text in Excel and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid phone number for its country; check the digits and the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number; write it with country code, e.g. +49 171 2345678</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumberCheck</name>
    <message>
        <source>Phone numbers (libphonenumber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformPluginCheck</name>
    <message>
        <source>Qt platform plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offscreen did not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSample</name>
    <message>
        <source>Could not write the practice sample to %1: %2. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>Column &quot;%1&quot; -&gt; %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account has no custom field &quot;%1&quot;. Create the field in Hellomateo (Settings -&gt; Custom fields), or change the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account has no marketing channel &quot;%1&quot;. Create the channel in Hellomateo, or change the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom field &quot;%1&quot; is of type %2 in the account, but the profile sends %3 values, which it cannot store. Change the field&apos;s type in Hellomateo, or change the mapping (remove &quot;type&quot; to convert the column as %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>what an import would change, before sending: FILE --profile P.json --api-url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up the contacts the file&apos;s identifiers belong to and predicts, row by row, what an import would do: create a contact, update one (which values), leave it unchanged, or fail because its identifiers belong to different contacts. Nothing is imported. The lookups cost requests of the daily budget: the cost is shown first, and --max-requests caps it.
Exit codes: 0 no row would fail, 1 some rows would conflict or be refused, 2 usage, unreadable input or a mapping that does not fit the account, 3 connection or authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL, e.g. https://integration.getmateo.com/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the preview as JSON (the cost goes to stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the import journal, where today&apos;s request usage is counted (default: MATEO_DATA_DIR or the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s daily request limit (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs FILE, --profile P.json and --api-url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--daily-requests and --timeout take positive whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewRunner</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The preview stopped at its limit of %n request(s).</source>
        <translation>
            <numerusform>The preview stopped at its limit of %n request.</numerusform>
            <numerusform>The preview stopped at its limit of %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSourceFactory</name>
    <message>
        <source>%1: no such file. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file. Choose a CSV, TXT or .xlsx file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a regular file (a pipe, device or socket). Save the table as a file and choose that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: you are not allowed to read this file. Copy it somewhere you own or ask for read permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes). Export the table again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2). Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing could be read (%2). Check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is %2, not a table. Choose a CSV, TXT or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreSessionBanner</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the unfinished work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh and forget the unfinished work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard was not closed last time. Your work on &quot;%1&quot; from %2 was kept: the file, how it is read and its mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It includes %n fix(es) you typed.</source>
        <translation>
            <numerusform>It includes %n fix you typed.</numerusform>
            <numerusform>It includes %n fixes you typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Show failed rows with error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search line, value or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export failed rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the fixed file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was imported, and every row that was not — with the reason and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the fixed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lists (*.csv *.txt *.tsv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import has run in this window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import job %1 is not in the journal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the failed rows, fix them in Excel, then import the fixed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1. Fix the rows there, then use &quot;Import the fixed file&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file:</source>
        <translation>
            <numerusform>%n row in the file:</numerusform>
            <numerusform>%n rows in the file:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported,</source>
        <translation>
            <numerusform>%n imported,</numerusform>
            <numerusform>%n imported,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed on the server,</source>
        <translation>
            <numerusform>%n failed on the server,</numerusform>
            <numerusform>%n failed on the server,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because of errors.</source>
        <translation>
            <numerusform>%n not sent because of errors.</numerusform>
            <numerusform>%n not sent because of errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are still being processed by the server.</source>
        <translation>
            <numerusform>%n row is still being processed by the server.</numerusform>
            <numerusform>%n rows are still being processed by the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not sent because the import was cancelled.</source>
        <translation>
            <numerusform>%n row was not sent because the import was cancelled.</numerusform>
            <numerusform>%n rows were not sent because the import was cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not sent yet; resume the import from the first page.</source>
        <translation>
            <numerusform>%n row is not sent yet; resume the import from the first page.</numerusform>
            <numerusform>%n rows are not sent yet; resume the import from the first page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All failed rows (%n)</source>
        <translation>
            <numerusform>All failed rows (%n)</numerusform>
            <numerusform>All failed rows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (not sent, for the reason in the list).</source>
        <translation>
            <numerusform>%n row skipped (not sent, for the reason in the list).</numerusform>
            <numerusform>%n rows skipped (not sent, for the reason in the list).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>continue every unfinished import (after a crash, a kill or the daily limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues every unfinished journaled import, oldest first. Batches whose answer was lost are checked with the server first: nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this API base URL instead of the one the job was started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume only this job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue even if the source file changed since the job started (the rows are sent as they were read then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resume: no unfinished import in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: the source file changed since the import started (%2). Nothing was sent. Import the new file with &quot;mateo-import run&quot;, or continue with the rows as first read: &quot;mateo-import resume --job %1 --accept-changed-source&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Checking progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show problems of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search line, column, value or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the file without a zone were written in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates like 03/04 mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and month order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip them; they come back as a file to fix on the results page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix them here (double-click a value; your file is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was checked; nothing has been sent yet. Look at the problems and the time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day before month (03/04 = 3 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month before day (03/04 = March 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the corrections before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the time zone on the Time zone tab before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day and month order on the Time zone tab before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has errors (see the list). Go back and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported as it is. Fix the problems or go back to the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was checked; nothing has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking was stopped. Nothing can be imported until every row is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — date only, sent as written, never shifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; — times in the spring-forward gap (they do not exist): %2 (line numbers: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; — times in the autumn overlap (they exist twice): %2 (line numbers: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date or time columns are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without a zone are read as %1 time and sent with their offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limits: %1 contacts and %2 requests; used today: %3 contacts, %4 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with errors are not sent; they are listed on the results page and can be exported to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All problems (%n)</source>
        <translation>
            <numerusform>All problems (%n)</numerusform>
            <numerusform>All problems (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked:</source>
        <translation>
            <numerusform>%n row checked:</numerusform>
            <numerusform>%n rows checked:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported,</source>
        <translation>
            <numerusform>%n can be imported,</numerusform>
            <numerusform>%n can be imported,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) with a time have no time zone. Hellomateo would read them as UTC, which shifts them by hours. Choose the zone they were written in (the computer&apos;s zone, %1, is assumed until you confirm).</source>
        <translation>
            <numerusform>%n date with a time has no time zone. Hellomateo would read it as UTC, which shifts it by hours. Choose the zone it was written in (the computer&apos;s zone, %1, is assumed until you confirm).</numerusform>
            <numerusform>%n dates with a time have no time zone. Hellomateo would read them as UTC, which shifts them by hours. Choose the zone they were written in (the computer&apos;s zone, %1, is assumed until you confirm).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n problem(s)</source>
        <translation>
            <numerusform>%1 of %n problem</numerusform>
            <numerusform>%1 of %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>(the list holds the first %1 of %2; every row with an error is still counted and listed on the results page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping does not fit this account (see &quot;Before you send&quot;). Go back and change it, or create the fields in Hellomateo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mode needs the preview: run &quot;Preview changes&quot; before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with errors,</source>
        <translation>
            <numerusform>%n with errors,</numerusform>
            <numerusform>%n with errors,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (nothing to send).</source>
        <translation>
            <numerusform>%n skipped (nothing to send).</numerusform>
            <numerusform>%n skipped (nothing to send).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with nothing to send are skipped; the results page lists them too.</source>
        <translation>
            <numerusform>%n row with nothing to send is skipped; the results page lists it too.</numerusform>
            <numerusform>%n rows with nothing to send are skipped; the results page lists them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n with errors.</numerusform>
            <numerusform>%n with errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowChangeLog</name>
    <message>
        <source>Import journal in %1: %2 failed (%3). Check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the changes of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>column &quot;%1&quot; is mapped to &quot;%2&quot;, which is neither a contact field nor a known custom field or channel; pick another target or add &quot;type&quot; for a custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; are both mapped to %3, which holds one value; map one of them to another target or to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source time zone &quot;%1&quot; is unknown; set &quot;source_timezone&quot; to an IANA name such as Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile maps a column &quot;%1&quot; that this file does not have; its data will be missing — check the file or update the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be a thousand or a decimal number; set the column&apos;s decimal mark (&quot;,&quot; or &quot;.&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number this program can read; write it like 1234,56 or 1234.56, or set the column&apos;s decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a yes/no value; use ja/nein, yes/no, true/false or 1/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown consent value; add it to the column&apos;s value table as accepted, declined or requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds the control character U+%1, which no text field allows; the file is damaged here (e.g. binary data after the table) — check the file and export it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row is longer than 64 MB, so only its start was read; it is not imported. Check the file here for a missing line break or binary data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>import a file into Hellomateo (journaled, resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports FILE into Hellomateo in quota-aware batches. Every step is journaled: after a crash, a kill or the daily limit, &quot;mateo-import resume&quot; continues without sending anything twice. The API key comes from MATEO_API_KEY or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL, e.g. https://integration.getmateo.com/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per import (default: the profile&apos;s, else 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import run: needs FILE, --profile P.json and --api-url URL. Example: mateo-import run contacts.csv --profile contacts.json --api-url https://integration.getmateo.com/api/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import run: --batch-size takes a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unfinished import of this file exists (job %1, started %2); continuing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the file even if it was already imported with this profile into this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import run: %1 was already imported with this profile into %2: job %3 on %4 UTC (%L5 rows imported). Nothing was sent. To import it again anyway, add --again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SameFile</name>
    <message>
        <source>%1 is the same file as the input %2; writing there would overwrite it. Choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCheck</name>
    <message>
        <source>Practice sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not report its address within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started but answered %2 instead of 401 (no API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The practice sandbox could not be started (%1): %2. Reinstall mateo-import or connect to Hellomateo with an API key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice sandbox stopped before it was ready (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSession</name>
    <message>
        <source>The saved work cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>%1 %2 self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n checks passed.</source>
        <translation>
            <numerusform>All %n checks passed.</numerusform>
            <numerusform>All %n checks passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of an import in the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts: %2 imported, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is still processing %1 of them; open it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from this computer: the rows are shown with their lines and cells in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source lines are known only for imports started on this computer (see &quot;On this computer&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows of the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFingerprint</name>
    <message>
        <source>%1: cannot read the file (%2). Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading failed (%2). Copy the file to a local disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 can no longer be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1 → %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same size and time, but different content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteCheck</name>
    <message>
        <source>SQLite database driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QSQLITE did not open an in-memory database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>list journaled imports and what is left of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists unfinished imports (with --all, every import) from the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the import journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list finished and cancelled imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: {&quot;jobs&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --job: write that job&apos;s failed rows to FILE (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import status: no job %1 in %2. Run &quot;mateo-import status --all&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import status: --failed-rows needs --job ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no failed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished imports in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  started %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with: mateo-import resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --job: write what that job&apos;s rows changed, as its preview saw them before sending (line, outcome, contact_id, field, old_value, new_value), to FILE (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mateo-import status: --changes needs --job ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes of %Ln row(s) written to %1</source>
        <translation>
            <numerusform>Changes of %Ln row written to %1</numerusform>
            <numerusform>Changes of %Ln rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 has no recorded changes (only imports with a preview record them: run --mode or --skip-unchanged); %2 has the header only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rows: %L1 in the file, %L2 imported, %L3 failed or invalid, %L4 skipped; batches %5 of %6 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPoller</name>
    <message>
        <source>The server counted this row of import %1 as failed but did not say which row or why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetChoice</name>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (own field, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetComboDelegate</name>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Hellomateo as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeZoneListModel</name>
    <message>
        <source>UTC, coordinated universal time (server time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeZonePicker</name>
    <message>
        <source>Search time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, country or abbreviation, e.g. Berlin, Österreich, MEZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time zone found. Try a city or a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time zone(s) found</source>
        <translation>
            <numerusform>%n time zone found</numerusform>
            <numerusform>%n time zones found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsCheck</name>
    <message>
        <source>TLS (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS backend (available: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationsCheck</name>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded &quot;%1&quot; translation did not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; Qt&apos;s own German strings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; Qt&apos;s own German strings not found (standard buttons stay English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnfinishedJobsBox</name>
    <message>
        <source>Unfinished imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume the selected import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The API URL &quot;%1&quot; is not a valid URL. Use e.g. https://integration.getmateo.com/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password. Remove them; the API key is taken from MATEO_API_KEY or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL %1 uses plain HTTP, which would send the API key unencrypted. Use https:// (plain http is only allowed for 127.0.0.1, ::1 and localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL %1 must start with https://. Use e.g. https://integration.getmateo.com/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>check every row before sending: FILE [--profile P.json] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; also looks like %2, which column &quot;%3&quot; already fills; it is not imported. Save a profile to choose otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping (automatic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in &quot;%1&quot;: format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 values without time zone read as %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (assumed: set source_timezone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, day/month order ambiguous: set the column&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3 — %4 (value: &quot;%5&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields and marketing channels ({&quot;custom_fields&quot;: [...], &quot;marketing_channels&quot;: [...]}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at most N issues (the counts cover all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-issues needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>warning: ... and %n more.</source>
        <translation>
            <numerusform>warning: ... and %n more.</numerusform>
            <numerusform>warning: ... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks every row as the import would send it, without sending anything.
Without --profile the columns are mapped automatically from their headers and values.
Every row is counted as valid, invalid or skipped (nothing mapped to send).
Exit codes: 0 every row valid, 1 some rows invalid or skipped, 2 usage or unreadable input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 valid, %4 with errors, %5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>an e-mail address or phone number of this row is already used by another contact in the file; run &quot;mateo-import validate&quot; to see which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing mapped to send: every mapped column of this row is empty, so it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxCheck</name>
    <message>
        <source>Excel workbooks (QuaZip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the sample workbook to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample workbook has no readable rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxRecordSource</name>
    <message>
        <source>%1: the sheet &quot;%2&quot; is empty. Choose the sheet with the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>%1: is not a readable Excel workbook (the zip container is damaged). Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a zip file but not an Excel workbook (no xl/workbook.xml). Choose an .xlsx file or a CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook cannot be unpacked. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2). Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text of the workbook cannot be unpacked. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text of the workbook is damaged (%2). Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no sheet &quot;%2&quot;. The workbook has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is missing from the workbook. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; cannot be unpacked. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is damaged near row %3 (%4). Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a text in the workbook is larger than 64 MB. No contact has that much text: the file is damaged or not a contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook unpacks to more than %2 MB, over 100 times its own size. It is not read: a file this compressed is a zip bomb, not a contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; holds more than %3 MB of text, more than is read into memory at once. Save it as CSV (CSV files are read from disk as needed), or split it into several sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a cell in row %2 of the sheet &quot;%3&quot; holds more than 64 MB of text. No contact has that much text: the file is damaged or not a contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 of the sheet &quot;%3&quot; has cells beyond column XFD, more than the 16,384 columns a spreadsheet can have. The file is damaged; open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; has more than 1,048,576 rows, more than a spreadsheet can have. The file is damaged; open it in Excel and save it again, or export it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
