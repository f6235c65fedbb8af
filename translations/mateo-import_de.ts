<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountCheckPanel</name>
    <message>
        <source>Before you send</source>
        <translation>Vor dem Senden</translation>
    </message>
    <message>
        <source>&amp;Import mode:</source>
        <translation>&amp;Importmodus:</translation>
    </message>
    <message>
        <source>Create and update contacts</source>
        <translation>Kontakte anlegen und aktualisieren</translation>
    </message>
    <message>
        <source>Only create new contacts</source>
        <translation>Nur neue Kontakte anlegen</translation>
    </message>
    <message>
        <source>Only update existing contacts</source>
        <translation>Nur vorhandene Kontakte aktualisieren</translation>
    </message>
    <message>
        <source>Skip unchanged rows</source>
        <translation>Unveränderte Zeilen überspringen</translation>
    </message>
    <message>
        <source>Rows whose values Hellomateo already has are not sent; saves quota. Needs the preview.</source>
        <translation>Zeilen, deren Werte Hellomateo schon hat, werden nicht gesendet; das spart Kontingent. Braucht die Vorschau.</translation>
    </message>
    <message>
        <source>Run the preview</source>
        <translation>Vorschau starten</translation>
    </message>
    <message>
        <source>&amp;Preview changes…</source>
        <translation>Änderungen &amp;vorab ansehen…</translation>
    </message>
    <message>
        <source>The account could not be checked: %1</source>
        <translation>Das Konto konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping problem(s) with this account — Import stays off until they are fixed:</source>
        <translation>
            <numerusform>%n Zuordnungsproblem mit diesem Konto – Importieren bleibt aus, bis es behoben ist:</numerusform>
            <numerusform>%n Zuordnungsprobleme mit diesem Konto – Importieren bleibt aus, bis sie behoben sind:</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the file&apos;s contacts…</source>
        <translation>Kontakte der Datei werden nachgeschlagen…</translation>
    </message>
    <message>
        <source>Reading the rows to send…</source>
        <translation>Zu sendende Zeilen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n neuer Kontakt</numerusform>
            <numerusform>%n neue Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (not sent)</source>
        <translation>
            <numerusform>%n Konflikt (nicht gesendet)</numerusform>
            <numerusform>%n Konflikte (nicht gesendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) used.</source>
        <translation>
            <numerusform>%n Anfrage verbraucht.</numerusform>
            <numerusform>%n Anfragen verbraucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 rows were checked: %3</source>
        <translation>Nur die ersten %L1 von %L2 Zeilen wurden geprüft: %3</translation>
    </message>
    <message>
        <source>The mode changed: run the preview again to see what this mode sends.</source>
        <translation>Der Modus hat sich geändert: Starten Sie die Vorschau erneut, um zu sehen, was dieser Modus sendet.</translation>
    </message>
    <message>
        <source>This mode needs the preview: it decides which rows are sent.</source>
        <translation>Dieser Modus braucht die Vorschau: Sie entscheidet, welche Zeilen gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>The preview looks up every identifier of the file: about %n request(s) of your %L1 a day (%L2 left today). It stops after %L3 requests.</source>
        <translation>
            <numerusform>Die Vorschau schlägt jede Kennung der Datei nach: etwa %n Anfrage von Ihren %L1 pro Tag (heute noch %L2 übrig). Sie hält nach %L3 Anfragen an.</numerusform>
            <numerusform>Die Vorschau schlägt jede Kennung der Datei nach: etwa %n Anfragen von Ihren %L1 pro Tag (heute noch %L2 übrig). Sie hält nach %L3 Anfragen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview &amp;again</source>
        <translation>&amp;Erneut vorab ansehen</translation>
    </message>
    <message>
        <source>This mode sends %L1 of them; %L2 are kept back and listed with the failed rows, each with its reason.</source>
        <translation>Dieser Modus sendet %L1 davon; %L2 werden zurückgehalten und mit ihrem Grund bei den fehlgeschlagenen Zeilen aufgeführt.</translation>
    </message>
</context>
<context>
    <name>AccountPreflight</name>
    <message>
        <source>retrying in %1 s: %2</source>
        <translation>neuer Versuch in %1 s: %2</translation>
    </message>
    <message>
        <source>Could not read the account&apos;s custom fields and channels, so the mapping was not checked and nothing was sent: %1</source>
        <translation>Die benutzerdefinierten Felder und Kanäle des Kontos konnten nicht gelesen werden; die Zuordnung wurde daher nicht geprüft und nichts gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>The mapping does not fit this account (%n problem(s)); nothing was sent:</source>
        <translation>
            <numerusform>Die Zuordnung passt nicht zu diesem Konto (%n Problem); nichts wurde gesendet:</numerusform>
            <numerusform>Die Zuordnung passt nicht zu diesem Konto (%n Probleme); nichts wurde gesendet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: its journaled mapping cannot be read (%2); nothing was sent.</source>
        <translation>Auftrag %1: Seine gespeicherte Zuordnung kann nicht gelesen werden (%2); nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>ApiKeyLookup</name>
    <message>
        <source>The keychain did not answer within 15 s.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von 15 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>%1: the server redirected to %2; the request is not sent there again automatically. Use that address as the API URL.</source>
        <translation>%1: Der Server hat auf %2 umgeleitet; die Anfrage wird nicht automatisch dorthin erneut gesendet. Verwenden Sie diese Adresse als API-URL.</translation>
    </message>
    <message>
        <source>%1: the server redirected to %2, another address. The request was not followed there (the API key is only sent to %3). Check the API URL.</source>
        <translation>%1: Der Server hat auf %2 umgeleitet, eine andere Adresse. Die Anfrage wurde nicht dorthin weitergeleitet (der API-Schlüssel wird nur an %3 gesendet). Prüfen Sie die API-URL.</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2). Check the computer&apos;s date and time and the API URL; if a proxy inspects HTTPS, ask your IT department to allow the API&apos;s address.</source>
        <translation>%1: Die sichere Verbindung ist fehlgeschlagen (%2). Prüfen Sie Datum und Uhrzeit des Computers und die API-URL; falls ein Proxy HTTPS prüft, bitten Sie Ihre IT-Abteilung, die Adresse der API freizugeben.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the server did not answer within %2 s. Retrying; if it keeps happening, check the network and resume later.</source>
        <translation>%1: Der Server hat nicht innerhalb von %2 s geantwortet. Neuer Versuch; wenn das wiederholt passiert, prüfen Sie das Netzwerk und setzen Sie später fort.</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2). Check the API URL and the computer&apos;s clock.</source>
        <translation>%1: Die sichere Verbindung ist fehlgeschlagen (%2). Prüfen Sie die API-URL und die Uhr des Computers.</translation>
    </message>
    <message>
        <source>%1: no connection to %2 (%3). Check the network and the API URL, then try again.</source>
        <translation>%1: Keine Verbindung zu %2 (%3). Prüfen Sie das Netzwerk und die API-URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at byte %3). Check that the API URL points to the Hellomateo API (it ends in /api/v1).</source>
        <translation>%1: Die Antwort ist kein gültiges JSON (%2 bei Byte %3). Prüfen Sie, ob die API-URL auf die Hellomateo-API zeigt (sie endet auf /api/v1).</translation>
    </message>
    <message>
        <source>The rows of this batch are handed back as failed rows; fix them and import them again.</source>
        <translation>Die Zeilen dieses Pakets werden als fehlgeschlagene Zeilen zurückgegeben; korrigieren Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>No API key was accepted: set MATEO_API_KEY or store a key in the keychain, then resume.</source>
        <translation>Es wurde kein API-Schlüssel akzeptiert: Setzen Sie MATEO_API_KEY oder speichern Sie einen Schlüssel im Schlüsselbund und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>The API key was refused: create a new key in Hellomateo (Settings → API), then resume.</source>
        <translation>Der API-Schlüssel wurde abgelehnt: Erstellen Sie in Hellomateo einen neuen Schlüssel (Einstellungen → API) und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Check the API URL; it should end in /api/v1.</source>
        <translation>Prüfen Sie die API-URL; sie sollte auf /api/v1 enden.</translation>
    </message>
    <message>
        <source>The batch is too large; it is split in two and sent again.</source>
        <translation>Das Paket ist zu groß; es wird geteilt und erneut gesendet.</translation>
    </message>
    <message>
        <source>The rate or daily limit is reached; the import waits and continues.</source>
        <translation>Das Anfrage- oder Tageslimit ist erreicht; der Import wartet und läuft dann weiter.</translation>
    </message>
    <message>
        <source>The server has trouble; retrying. If it persists, resume later.</source>
        <translation>Der Server hat Probleme; neuer Versuch. Wenn es anhält, setzen Sie später fort.</translation>
    </message>
    <message>
        <source>Check the API URL and the input, then try again.</source>
        <translation>Prüfen Sie die API-URL und die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: HTTP %2 — %3. %4</source>
        <translation>%1: HTTP %2 — %3. %4</translation>
    </message>
    <message>
        <source>%1: HTTP %2 — %3. Hint: %4 %5</source>
        <translation>%1: HTTP %2 — %3. Hinweis: %4 %5</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Processing on the server</source>
        <translation>Wird auf dem Server verarbeitet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Split in two (too large)</source>
        <translation>Geteilt (zu groß)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 (lines %2–%3)</source>
        <translation>%1 (Zeilen %2–%3)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import id (for support): %1</source>
        <translation>Import-ID (für den Support): %1</translation>
    </message>
</context>
<context>
    <name>CliPreview</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>create-and-update (default), create-only (rows that match a contact are not sent) or update-only (rows that match no contact are not sent).</source>
        <translation>create-and-update (Standard), create-only (Zeilen, die zu einem Kontakt passen, werden nicht gesendet) oder update-only (Zeilen, die zu keinem Kontakt passen, werden nicht gesendet).</translation>
    </message>
    <message>
        <source>Do not send rows whose values the contact already has (saves quota).</source>
        <translation>Zeilen nicht senden, deren Werte der Kontakt schon hat (spart Kontingent).</translation>
    </message>
    <message>
        <source>At most this many lookup requests for the preview (default 2000).</source>
        <translation>Höchstens so viele Nachschlage-Anfragen für die Vorschau (Standard 2000).</translation>
    </message>
    <message>
        <source>--mode takes create-and-update, create-only or update-only</source>
        <translation>--mode erwartet create-and-update, create-only oder update-only</translation>
    </message>
    <message>
        <source>--max-requests takes a positive whole number</source>
        <translation>--max-requests erwartet eine positive ganze Zahl</translation>
    </message>
    <message numerus="yes">
        <source>Preview cost: %n lookup request(s) planned (one more for every further 50 contacts a lookup finds), of %L1 requests a day; %L2 left today. This preview stops after %L3.</source>
        <translation>
            <numerusform>Kosten der Vorschau: %n Nachschlage-Anfrage geplant (eine mehr für je weitere 50 Kontakte, die eine Suche findet), von %L1 Anfragen am Tag; heute noch %L2 übrig. Diese Vorschau hält nach %L3 an.</numerusform>
            <numerusform>Kosten der Vorschau: %n Nachschlage-Anfragen geplant (eine mehr für je weitere 50 Kontakte, die eine Suche findet), von %L1 Anfragen am Tag; heute noch %L2 übrig. Diese Vorschau hält nach %L3 an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed, so no row could be chosen by the mode; nothing was sent: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen, daher konnte der Modus keine Zeile auswählen; nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>The preview stopped before every row was predicted (%1, %L2 of %L3 rows); the mode cannot choose rows it has not seen, so nothing was sent. Raise --max-requests (the lookups need about %L4 requests), or import without --mode.</source>
        <translation>Die Vorschau hielt an, bevor jede Zeile vorhergesagt war (%1, %L2 von %L3 Zeilen); der Modus kann keine Zeilen auswählen, die er nicht gesehen hat, daher wurde nichts gesendet. Erhöhen Sie --max-requests (das Nachschlagen braucht etwa %L4 Anfragen) oder importieren Sie ohne --mode.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not sent (kept back by the mode, or conflicts); they are handed back with the failed rows, each with its reason.</source>
        <translation>
            <numerusform>%Ln Zeile nicht gesendet (vom Modus zurückgehalten oder ein Konflikt); sie kommt mit ihrem Grund zu den fehlgeschlagenen Zeilen.</numerusform>
            <numerusform>%Ln Zeilen nicht gesendet (vom Modus zurückgehalten oder Konflikte); sie kommen jeweils mit ihrem Grund zu den fehlgeschlagenen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %L1 in the file, %L2 sendable, %L3 predicted.</source>
        <translation>Zeilen: %L1 in der Datei, %L2 sendbar, %L3 vorhergesagt.</translation>
    </message>
    <message>
        <source>  new:        %L1 (would create a contact)</source>
        <translation>  neu:             %L1 (würde einen Kontakt anlegen)</translation>
    </message>
    <message>
        <source>  update:     %L1 (would change an existing contact)</source>
        <translation>  Aktualisierung:  %L1 (würde einen vorhandenen Kontakt ändern)</translation>
    </message>
    <message>
        <source>  unchanged:  %L1 (the contact already has every value)</source>
        <translation>  unverändert:     %L1 (der Kontakt hat schon jeden Wert)</translation>
    </message>
    <message>
        <source>  conflict:   %L1 (Hellomateo would refuse: identifiers of different contacts)</source>
        <translation>  Konflikt:        %L1 (Hellomateo würde ablehnen: Kennungen verschiedener Kontakte)</translation>
    </message>
    <message>
        <source>  rejected:   %L1 (a value Hellomateo cannot store)</source>
        <translation>  abgelehnt:       %L1 (ein Wert, den Hellomateo nicht speichern kann)</translation>
    </message>
    <message>
        <source>Mode %1%2: %L3 to send, %L4 kept back.</source>
        <translation>Modus %1%2: %L3 zu senden, %L4 zurückgehalten.</translation>
    </message>
    <message>
        <source>, skip unchanged</source>
        <translation>, unveränderte überspringen</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>  line %1 updates contact %2: %3</source>
        <translation>  Zeile %1 aktualisiert Kontakt %2: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; belongs to %3</source>
        <translation>%1 „%2“ gehört zu %3</translation>
    </message>
    <message>
        <source>  line %1 conflicts: %2</source>
        <translation>  Zeile %1 im Konflikt: %2</translation>
    </message>
    <message>
        <source>Requests used: %L1.</source>
        <translation>Verbrauchte Anfragen: %L1.</translation>
    </message>
    <message>
        <source>Complete: every sendable row was predicted.</source>
        <translation>Vollständig: Jede sendbare Zeile wurde vorhergesagt.</translation>
    </message>
    <message>
        <source>Not complete: %1 Rows predicted: %L2 of %L3 sendable (through line %4). Raise --max-requests, or preview again tomorrow, to see the rest.</source>
        <translation>Nicht vollständig: %1 Vorhergesagte Zeilen: %L2 von %L3 sendbaren (bis Zeile %4). Erhöhen Sie --max-requests oder starten Sie die Vorschau morgen erneut, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>retrying in %1 s: %2</source>
        <translation>neuer Versuch in %1 s: %2</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>[%1%2] %L3/%L4 rows, batch %5/%6, %7 rows/s, ETA %8</source>
        <translation>[%1%2] %L3/%L4 Zeilen, Paket %5/%6, %7 Zeilen/s, Restzeit %8</translation>
    </message>
    <message>
        <source>progress: %L1 of %L2 rows processed (%L3 imported, %L4 failed), %5 of %6 batches done</source>
        <translation>Fortschritt: %L1 von %L2 Zeilen verarbeitet (%L3 importiert, %L4 fehlgeschlagen), %5 von %6 Paketen fertig</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <source>Another column is also imported as &quot;%1&quot;. Choose a different target for one of them.</source>
        <translation>Eine andere Spalte wird ebenfalls als „%1“ importiert. Wählen Sie für eine der beiden ein anderes Ziel.</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>kein Vorschlag</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Sent to Hellomateo as &quot;%1&quot;</source>
        <translation>An Hellomateo gesendet als „%1“</translation>
    </message>
    <message>
        <source>no suggestion; this column has data that will not be imported</source>
        <translation>kein Vorschlag; diese Spalte enthält Daten, die nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 (certain)</source>
        <translation>%1 (sicher)</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (wahrscheinlich)</translation>
    </message>
    <message>
        <source>%1 (perhaps)</source>
        <translation>%1 (vielleicht)</translation>
    </message>
</context>
<context>
    <name>CommandInputs</name>
    <message>
        <source>%1 maps no column of %2 (none of its headers with a target is in the file), so nothing would be imported. Map at least one column, e.g. in the wizard, and save the profile again.</source>
        <translation>%1 ordnet keine Spalte von %2 zu (keine seiner Spaltenüberschriften mit Ziel kommt in der Datei vor), es würde also nichts importiert. Ordnen Sie mindestens eine Spalte zu, z. B. im Assistenten, und speichern Sie das Profil erneut.</translation>
    </message>
</context>
<context>
    <name>CommandLineInterface</name>
    <message>
        <source>mateo-import: unknown command &quot;%1&quot;. Run &quot;mateo-import --help&quot; for the list of commands.</source>
        <translation>mateo-import: unbekannter Befehl „%1“. Führen Sie „mateo-import --help“ aus, um die Liste der Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Usage: mateo-import [COMMAND] [OPTIONS]

Imports contact spreadsheets (CSV, TXT, XLSX) into Hellomateo.
Without a command, opens the import wizard.

Commands:
</source>
        <translation>Aufruf: mateo-import [BEFEHL] [OPTIONEN]

Importiert Kontaktlisten (CSV, TXT, XLSX) in Hellomateo.
Ohne Befehl öffnet sich der Import-Assistent.

Befehle:
</translation>
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
        <translation>
Optionen:
  --help        diese Hilfe anzeigen
  --version     die Version ausgeben
  --self-test   prüfen, ob diese Installation funktioniert (ohne Bildschirm)
  --lang LANG   den Assistenten in dieser Sprache öffnen (de, en)

Führen Sie „mateo-import BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen.
Exit-Codes: 0 Erfolg, 1 einige Zeilen ungültig oder fehlgeschlagen, 2 falscher Aufruf oder unlesbare Eingabe,
3 Verbindungs- oder Anmeldefehler, 75 durch das Tageslimit angehalten (fortsetzbar).
</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>mateo-import %1: %2. Run &quot;mateo-import %1 --help&quot;.</source>
        <translation>mateo-import %1: %2. Hilfe: &quot;mateo-import %1 --help&quot;.</translation>
    </message>
    <message>
        <source>mateo-import %1: %2</source>
        <translation>mateo-import %1: %2</translation>
    </message>
    <message>
        <source>mateo-import %1: warning: %2</source>
        <translation>mateo-import %1: Warnung: %2</translation>
    </message>
    <message>
        <source>Write messages in this language (de, en); default: from LANG.</source>
        <translation>Meldungen in dieser Sprache schreiben (de, en); Standard: aus LANG.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Import into your Hellomateo account, or practise first with sample data.</source>
        <translation>Importieren Sie in Ihr Hellomateo-Konto oder üben Sie zuerst mit Beispieldaten.</translation>
    </message>
    <message>
        <source>Practice sandbox ready at %1. Nothing you do here reaches a real account.</source>
        <translation>Übungs-Sandbox bereit unter %1. Nichts, was Sie hier tun, erreicht ein echtes Konto.</translation>
    </message>
    <message>
        <source>The API key for %1 is stored in the system keychain.</source>
        <translation>Der API-Schlüssel für %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The API key for %1 was removed from the system keychain.</source>
        <translation>Der API-Schlüssel für %1 wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Using the API key stored in the system keychain for %1.</source>
        <translation>Der im Schlüsselbund des Systems gespeicherte API-Schlüssel für %1 wird verwendet.</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund des Systems entfernt…</translation>
    </message>
    <message>
        <source>The import job %1 is no longer unfinished.</source>
        <translation>Der Importauftrag %1 ist nicht mehr unvollendet.</translation>
    </message>
    <message>
        <source>Reading the API key for %1…</source>
        <translation>API-Schlüssel für %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The practice sandbox is not ready yet. Wait until it is, then resume.</source>
        <translation>Die Übungs-Sandbox ist noch nicht bereit. Warten Sie, bis sie bereit ist, und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>No API key for %1 is stored. Choose &quot;Hellomateo account&quot;, enter the key for that address, test the connection, then resume.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Wählen Sie „Hellomateo-Konto“, geben Sie den Schlüssel für diese Adresse ein, testen Sie die Verbindung und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Starting the practice sandbox…</source>
        <translation>Übungs-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>&amp;Practice with sample data (no account needed)</source>
        <translation>Mit &amp;Beispieldaten üben (kein Konto nötig)</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>&amp;Hellomateo account (API key)</source>
        <translation>&amp;Hellomateo-Konto (API-Schlüssel)</translation>
    </message>
    <message>
        <source>Hellomateo account</source>
        <translation>Hellomateo-Konto</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Settings → Integrations → API keys in Hellomateo</source>
        <translation>In Hellomateo unter Einstellungen → Integrationen → API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>&amp;Remember the key in the system keychain</source>
        <translation>Schlüssel im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember the key in the system keychain</source>
        <translation>Schlüssel im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation>Gespeicherten API-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Past &amp;imports…</source>
        <translation>Bisherige &amp;Importe…</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Frühere Importe</translation>
    </message>
    <message>
        <source>How the import works</source>
        <translation>So läuft der Import ab</translation>
    </message>
    <message>
        <source>Choose the spreadsheet (CSV or Excel) and check how it was read.</source>
        <translation>Wählen Sie die Tabelle (CSV oder Excel) und prüfen Sie, wie sie gelesen wurde.</translation>
    </message>
    <message>
        <source>Say which column holds what: customer number, email, phone numbers, fields.</source>
        <translation>Legen Sie fest, welche Spalte was enthält: Kundennummer, E-Mail, Telefonnummern, Felder.</translation>
    </message>
    <message>
        <source>Review every problem before anything is sent, including time zones.</source>
        <translation>Prüfen Sie jedes Problem, bevor etwas gesendet wird – auch die Zeitzonen.</translation>
    </message>
    <message>
        <source>Send the contacts in batches. You can pause, close the window and resume later.</source>
        <translation>Senden Sie die Kontakte in Paketen. Sie können pausieren, das Fenster schließen und später fortsetzen.</translation>
    </message>
    <message>
        <source>Get every row that failed back in a table, fix it in Excel and import it again.</source>
        <translation>Jede fehlgeschlagene Zeile kommt in einer Tabelle zurück: in Excel korrigieren und erneut importieren.</translation>
    </message>
    <message>
        <source>Using the API key from the environment variable MATEO_API_KEY for %1; the system keychain is not used.</source>
        <translation>Der API-Schlüssel für %1 kommt aus der Umgebungsvariable MATEO_API_KEY; der Schlüsselbund des Systems wird nicht benutzt.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>The API key was not accepted (HTTP %1). Copy it again from Hellomateo (Settings → Integrations → API keys).</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert (HTTP %1). Kopieren Sie ihn erneut aus Hellomateo (Einstellungen → Integrationen → API-Schlüssel).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to %2. Check the API address or try again later.</source>
        <translation>Der Server hat auf %2 mit HTTP %1 geantwortet. Prüfen Sie die API-Adresse oder versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>ConsentStateDelegate</name>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>ConsentValueDialog</name>
    <message>
        <source>Consent values</source>
        <translation>Einwilligungswerte</translation>
    </message>
    <message>
        <source>What the values of a channel column mean. Values found in the file come first; highlighted ones are not recognised, and their rows are not imported until you choose.</source>
        <translation>Was die Werte einer Kanalspalte bedeuten. Werte aus der Datei stehen oben; hervorgehobene werden nicht erkannt, und ihre Zeilen werden erst importiert, wenn Sie eine Bedeutung wählen.</translation>
    </message>
    <message>
        <source>Channel column</source>
        <translation>Kanalspalte</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not in the file.</source>
        <translation>Die Spalte „%1“ ist nicht in der Datei.</translation>
    </message>
    <message>
        <source>Counting the values in the file…</source>
        <translation>Werte in der Datei werden gezählt…</translation>
    </message>
    <message>
        <source>%1 values in %2 rows are not recognised (highlighted). Choose what they mean, or these rows are handed back for fixing.</source>
        <translation>%1 Werte in %2 Zeilen werden nicht erkannt (hervorgehoben). Wählen Sie ihre Bedeutung, sonst werden diese Zeilen zur Korrektur zurückgegeben.</translation>
    </message>
    <message>
        <source>Every value in the column is recognised.</source>
        <translation>Jeder Wert der Spalte wird erkannt.</translation>
    </message>
    <message>
        <source>%1 empty cells send nothing (no consent change).</source>
        <translation>%1 leere Zellen senden nichts (keine Änderung der Einwilligung).</translation>
    </message>
    <message>
        <source>The column has more than %1 different values; is it really a consent column?</source>
        <translation>Die Spalte hat mehr als %1 verschiedene Werte; ist sie wirklich eine Einwilligungsspalte?</translation>
    </message>
</context>
<context>
    <name>ConsentValueModel</name>
    <message>
        <source>Accepted (consent given)</source>
        <translation>Zugestimmt (Einwilligung erteilt)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Requested (confirmation pending)</source>
        <translation>Angefragt (Bestätigung ausstehend)</translation>
    </message>
    <message>
        <source>Send nothing (leave the subscription as it is)</source>
        <translation>Nichts senden (Abonnement bleibt, wie es ist)</translation>
    </message>
    <message>
        <source>Not recognised: the row is handed back</source>
        <translation>Nicht erkannt: die Zeile wird zurückgegeben</translation>
    </message>
    <message>
        <source>Rows with &quot;%1&quot; are not imported until you choose what it means.</source>
        <translation>Zeilen mit „%1“ werden erst importiert, wenn Sie die Bedeutung wählen.</translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation>nicht in der Datei</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Zeilen in der Datei</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>write the exact request bodies: FILE --profile P.json --out PAYLOADS.jsonl</source>
        <translation>die genauen Anfrageinhalte schreiben: FILE --profile P.json --out PAYLOADS.jsonl</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>geben Sie genau eine Datei (FILE) an</translation>
    </message>
    <message>
        <source>--profile and --out are required</source>
        <translation>--profile und --out sind erforderlich</translation>
    </message>
    <message>
        <source>mateo-import convert: %1: %2</source>
        <translation>mateo-import convert: %1: %2</translation>
    </message>
    <message>
        <source>mateo-import convert: %1: cannot write (%2).</source>
        <translation>mateo-import convert: %1: kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1: %2 contacts in %3 import objects written to %4</source>
        <translation>%1: %2 Kontakte in %3 Importobjekten nach %4 geschrieben</translation>
    </message>
    <message>
        <source>%1 rows left out because of errors; run &quot;mateo-import validate %2 --profile %3&quot; to see them all. First:</source>
        <translation>%1 Zeilen wegen Fehlern ausgelassen; führen Sie „mateo-import validate %2 --profile %3“ aus, um alle zu sehen. Die ersten:</translation>
    </message>
    <message>
        <source>  line %1, column &quot;%2&quot;: %3 (value: &quot;%4&quot;)</source>
        <translation>  Zeile %1, Spalte „%2“: %3 (Wert: „%4“)</translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation>Die Kontaktdatei (.csv, .txt, .tsv, .xlsx).</translation>
    </message>
    <message>
        <source>The mapping profile (JSON).</source>
        <translation>Das Zuordnungsprofil (JSON).</translation>
    </message>
    <message>
        <source>Where to write the request bodies (JSON lines).</source>
        <translation>Wohin die Anfrageinhalte geschrieben werden (JSON Lines).</translation>
    </message>
    <message>
        <source>Custom fields and marketing channels (JSON).</source>
        <translation>Benutzerdefinierte Felder und Marketingkanäle (JSON).</translation>
    </message>
    <message>
        <source>Writes the request bodies `run` would send, one import object a line, in batches of the
profile&apos;s batch_size (default 1000). Rows with errors are left out (see `validate`), and
rows with nothing mapped to send are skipped; both are counted and named by line.
Exit codes: 0 every row written, 1 some rows left out or skipped, 2 usage or unreadable input.</source>
        <translation>Schreibt die Anfrageinhalte, die `run` senden würde, ein Importobjekt pro Zeile, in Stapeln der
batch_size des Profils (Standard 1000). Zeilen mit Fehlern werden ausgelassen (siehe `validate`),
Zeilen ohne zugeordnete Werte übersprungen; beide werden gezählt und mit ihrer Zeile genannt.
Exit-Codes: 0 jede Zeile geschrieben, 1 einige Zeilen ausgelassen oder übersprungen, 2 falsche Aufrufparameter oder unlesbare Eingabe.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped. First:</source>
        <translation>
            <numerusform>%n Zeile übersprungen:</numerusform>
            <numerusform>%n Zeilen übersprungen. Die ersten:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvIndexBuilder</name>
    <message>
        <source>The file became shorter while it was read (at byte %1). Wait until the program writing it has finished, then open it again.</source>
        <translation>Die Datei wurde während des Lesens kürzer (bei Byte %1). Warten Sie, bis das Programm, das sie schreibt, fertig ist, und öffnen Sie sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) (blank lines or only delimiters) were skipped.</source>
        <translation>
            <numerusform>%n leere Zeile (Leerzeile oder nur Trennzeichen) wurde übersprungen.</numerusform>
            <numerusform>%n leere Zeilen (Leerzeilen oder nur Trennzeichen) wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 values but the header has %3 columns; the missing values are left empty. Check the row for a lost delimiter.</source>
        <translation>Zeile %1: %2 Werte, aber die Kopfzeile hat %3 Spalten; die fehlenden Werte bleiben leer. Prüfen Sie die Zeile auf ein verlorenes Trennzeichen.</translation>
    </message>
    <message>
        <source>Line %1: %2 values but the header has %3 columns; the extra values are kept in added columns. Check the row for a delimiter inside an unquoted value.</source>
        <translation>Zeile %1: %2 Werte, aber die Kopfzeile hat %3 Spalten; die zusätzlichen Werte werden in hinzugefügten Spalten behalten. Prüfen Sie die Zeile auf ein Trennzeichen in einem Wert ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: this row is %2 MB long; only its first %3 MB are read. Check the file for a missing line break or quote.</source>
        <translation>Zeile %1: Diese Zeile ist %2 MB lang; nur ihre ersten %3 MB werden gelesen. Prüfen Sie die Datei auf einen fehlenden Zeilenumbruch oder ein fehlendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: bytes that are not valid %3 are shown as �. If letters such as umlauts look wrong, choose another encoding (for example Windows-1252).</source>
        <translation>Zeile %1, Spalte %2: Bytes, die kein gültiges %3 sind, werden als � angezeigt. Wenn Buchstaben wie Umlaute falsch aussehen, wählen Sie eine andere Kodierung (zum Beispiel Windows-1252).</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote character inside an unquoted value was kept as text. Check the value.</source>
        <translation>Zeile %1, Spalte %2: Ein Anführungszeichen in einem Wert ohne Anführungszeichen wurde als Text behalten. Prüfen Sie den Wert.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text follows the closing quote; it was kept as part of the value. Check the value.</source>
        <translation>Zeile %1, Spalte %2: Auf das schließende Anführungszeichen folgt Text; er wurde als Teil des Werts behalten. Prüfen Sie den Wert.</translation>
    </message>
    <message>
        <source>Line %1, column %2: this quote is never closed; it was read as text so the following lines stay separate rows. Check the value.</source>
        <translation>Zeile %1, Spalte %2: Dieses Anführungszeichen wird nie geschlossen; es wurde als Text gelesen, damit die folgenden Zeilen eigene Zeilen bleiben. Prüfen Sie den Wert.</translation>
    </message>
</context>
<context>
    <name>CsvRecordSource</name>
    <message>
        <source>%1: cannot be read (%2). Check that the file exists and you may read it.</source>
        <translation>%1: kann nicht gelesen werden (%2). Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
</context>
<context>
    <name>CsvSourceOpener</name>
    <message>
        <source>%1: cannot convert the UTF-16 text (%2). Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1: Der UTF-16-Text kann nicht umgewandelt werden (%2). Speichern Sie die Datei als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 UTF-16 code unit(s) that do not form characters are shown as �.</source>
        <translation>%1 UTF-16-Codeeinheit(en), die keine Zeichen bilden, werden als � angezeigt.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2). Check that you may read it.</source>
        <translation>%1: kann nicht gelesen werden (%2). Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1: reading was cancelled.</source>
        <translation>%1: Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: contains only empty lines, no header row and no data. Export the table again.</source>
        <translation>%1: enthält nur leere Zeilen, keine Kopfzeile und keine Daten. Exportieren Sie die Tabelle erneut.</translation>
    </message>
    <message>
        <source>%1: contains no rows. Export the table again, with its header row.</source>
        <translation>%1: enthält keine Zeilen. Exportieren Sie die Tabelle erneut, mit ihrer Kopfzeile.</translation>
    </message>
    <message>
        <source>%1: the header row %2 does not exist, the file has only %3 row(s). Choose a smaller header row.</source>
        <translation>%1: Die Kopfzeile %2 gibt es nicht, die Datei hat nur %3 Zeile(n). Wählen Sie eine kleinere Kopfzeilennummer.</translation>
    </message>
    <message>
        <source>The rows end in different ways (LF: %1, CRLF: %2, CR: %3); all were read. This often means the file was pasted together from several exports.</source>
        <translation>Die Zeilen enden unterschiedlich (LF: %1, CRLF: %2, CR: %3); alle wurden gelesen. Das bedeutet oft, dass die Datei aus mehreren Exporten zusammenkopiert wurde.</translation>
    </message>
</context>
<context>
    <name>DateExamples</name>
    <message>
        <source>Excel day numbers, e.g. 45657 for 31.12.2024</source>
        <translation>Excel-Tageszahlen, z. B. 45657 für 31.12.2024</translation>
    </message>
    <message>
        <source>03/04/2024 (day and month order still to choose)</source>
        <translation>03/04/2024 (Reihenfolge von Tag und Monat noch zu wählen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DateTimeConverter</name>
    <message>
        <source>no time zone in the value; read as %1 (%2). Confirm the source time zone</source>
        <translation>keine Zeitzone im Wert; gelesen als %1 (%2). Bestätigen Sie die Quell-Zeitzone</translation>
    </message>
    <message>
        <source>not a date this program can read; write it as 2024-03-15, 15.03.2024 or 2024-03-15T14:30:00+01:00</source>
        <translation>kein Datum, das dieses Programm lesen kann; schreiben Sie es als 2024-03-15, 15.03.2024 oder 2024-03-15T14:30:00+01:00</translation>
    </message>
    <message>
        <source>day and month cannot be told apart; confirm the column&apos;s format (d/M/yyyy or M/d/yyyy)</source>
        <translation>Tag und Monat lassen sich nicht unterscheiden; bestätigen Sie das Format der Spalte (d/M/yyyy oder M/d/yyyy)</translation>
    </message>
    <message>
        <source>a plain number in a date column; if these are Excel serial dates, set the column&apos;s format to excel_serial</source>
        <translation>eine reine Zahl in einer Datumsspalte; wenn es Excel-Seriennummern sind, setzen Sie das Format der Spalte auf excel_serial</translation>
    </message>
    <message>
        <source>Excel day 60 is 29.02.1900, a day that never existed</source>
        <translation>Excel-Tag 60 ist der 29.02.1900, ein Tag, den es nie gab</translation>
    </message>
    <message>
        <source>a date without a year (--MM-DD) cannot be stored as a birthday; it is left out</source>
        <translation>ein Datum ohne Jahr (--MM-DD) kann nicht als Geburtstag gespeichert werden; es wird ausgelassen</translation>
    </message>
    <message>
        <source>a date without a year cannot be a point in time</source>
        <translation>ein Datum ohne Jahr kann kein Zeitpunkt sein</translation>
    </message>
    <message>
        <source>this day does not exist in the calendar; check day, month and year</source>
        <translation>diesen Tag gibt es im Kalender nicht; prüfen Sie Tag, Monat und Jahr</translation>
    </message>
    <message>
        <source>the time of day is out of range; use 00:00 to 23:59:59</source>
        <translation>die Uhrzeit liegt außerhalb des gültigen Bereichs; verwenden Sie 00:00 bis 23:59:59</translation>
    </message>
    <message>
        <source>the value has no time zone and no source time zone is set</source>
        <translation>der Wert hat keine Zeitzone und es ist keine Quell-Zeitzone festgelegt</translation>
    </message>
    <message>
        <source>this local time does not exist in %1 (clocks jumped forward); correct it or set the rule for skipped times (dst_gap: shift_forward)</source>
        <translation>diese Ortszeit gibt es in %1 nicht (Uhren wurden vorgestellt); korrigieren Sie sie oder legen Sie die Regel für übersprungene Zeiten fest (dst_gap: shift_forward)</translation>
    </message>
    <message>
        <source>this local time does not exist in %1; moved forward to %2 as the profile says</source>
        <translation>diese Ortszeit gibt es in %1 nicht; laut Profil auf %2 vorverlegt</translation>
    </message>
    <message>
        <source>this local time happens twice in %1 (clocks turned back: %2 or %3); correct it or set the rule for repeated times (dst_overlap: earlier or later)</source>
        <translation>diese Ortszeit gibt es in %1 zweimal (Uhren wurden zurückgestellt: %2 oder %3); korrigieren Sie sie oder legen Sie die Regel für doppelte Zeiten fest (dst_overlap: earlier oder later)</translation>
    </message>
    <message>
        <source>this local time happens twice in %1; %2 chosen as the profile says</source>
        <translation>diese Ortszeit gibt es in %1 zweimal; laut Profil wurde %2 gewählt</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>mateo-import: the wizard needs a desktop session; see `mateo-import --help` for the command line</source>
        <translation>mateo-import: Der Assistent braucht eine Desktop-Sitzung; die Befehlszeile beschreibt `mateo-import --help`</translation>
    </message>
</context>
<context>
    <name>DstRuleControl</name>
    <message>
        <source>Times changed by daylight saving</source>
        <translation>Von der Zeitumstellung betroffene Uhrzeiten</translation>
    </message>
    <message>
        <source>&amp;Skipped times (clocks jumped forward):</source>
        <translation>&amp;Übersprungene Uhrzeiten (Uhr vorgestellt):</translation>
    </message>
    <message>
        <source>&amp;Repeated times (clocks went back):</source>
        <translation>&amp;Doppelte Uhrzeiten (Uhr zurückgestellt):</translation>
    </message>
    <message>
        <source>Do not send the row (it is listed to fix)</source>
        <translation>Zeile nicht senden (sie wird zum Korrigieren aufgeführt)</translation>
    </message>
    <message>
        <source>Move forward by the skipped hour (02:30 becomes 03:30)</source>
        <translation>Um die übersprungene Stunde vorrücken (aus 02:30 wird 03:30)</translation>
    </message>
    <message>
        <source>The first of the two (still summer time)</source>
        <translation>Die erste der beiden (noch Sommerzeit)</translation>
    </message>
    <message>
        <source>The second of the two (already winter time)</source>
        <translation>Die zweite der beiden (schon Winterzeit)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Line %1, &quot;%2&quot;: %3 → %4</source>
        <translation>Zeile %1, „%2“: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>What is sent:</source>
        <translation>Was gesendet wird:</translation>
    </message>
</context>
<context>
    <name>DuplicateDetector</name>
    <message>
        <source>external_id %1 also on line %2: this row would overwrite that contact; remove one of the two rows or give them different ids</source>
        <translation>external_id %1 auch in Zeile %2: Diese Zeile würde jenen Kontakt überschreiben; entfernen Sie eine der beiden Zeilen oder geben Sie ihnen verschiedene IDs</translation>
    </message>
    <message>
        <source>%1 %2 is already used by another contact on line %3: the server would reject this row; correct one of the two</source>
        <translation>%1 %2 wird bereits von einem anderen Kontakt in Zeile %3 verwendet: Der Server würde diese Zeile ablehnen; korrigieren Sie eine der beiden</translation>
    </message>
    <message>
        <source>%1 %2 also on line %3: this row would update that contact instead of creating a new one</source>
        <translation>%1 %2 auch in Zeile %3: Diese Zeile würde jenen Kontakt aktualisieren, statt einen neuen anzulegen</translation>
    </message>
</context>
<context>
    <name>EmailNormalizer</name>
    <message>
        <source>not an e-mail address (name@example.de)</source>
        <translation>keine E-Mail-Adresse (name@example.de)</translation>
    </message>
    <message>
        <source>the part before @ contains a space, a second @ or a separator; one address per cell</source>
        <translation>der Teil vor dem @ enthält ein Leerzeichen, ein zweites @ oder ein Trennzeichen; nur eine Adresse pro Zelle</translation>
    </message>
    <message>
        <source>the part before @ contains &quot;%1&quot;, which Hellomateo does not accept there (only a-z without accents, digits and . _ + - &apos; ! # $ % &amp; * / = ? ^ ` { | } ~); check the address with the contact</source>
        <translation>der Teil vor dem @ enthält „%1“, das Hellomateo dort nicht annimmt (nur a–z ohne Akzente, Ziffern und . _ + - &apos; ! # $ % &amp; * / = ? ^ ` { | } ~); klären Sie die Adresse mit dem Kontakt</translation>
    </message>
    <message>
        <source>the part before @ is not valid (dots at the ends, two dots in a row, or over 64 characters)</source>
        <translation>der Teil vor dem @ ist ungültig (Punkte am Anfang oder Ende, zwei Punkte hintereinander oder über 64 Zeichen)</translation>
    </message>
    <message>
        <source>the domain after @ is not a valid international domain name</source>
        <translation>die Domain nach dem @ ist kein gültiger internationaler Domainname</translation>
    </message>
    <message>
        <source>the domain after @ needs a dot and an ending such as .de or .com</source>
        <translation>die Domain nach dem @ braucht einen Punkt und eine Endung wie .de oder .com</translation>
    </message>
    <message>
        <source>the domain after @ contains an empty part or a character not allowed in domains</source>
        <translation>die Domain nach dem @ enthält einen leeren Teil oder ein Zeichen, das in Domains nicht erlaubt ist</translation>
    </message>
    <message>
        <source>the domain must end in a name such as .de or .com</source>
        <translation>die Domain muss auf einen Namen wie .de oder .com enden</translation>
    </message>
</context>
<context>
    <name>EncodingDetectionCheck</name>
    <message>
        <source>Encoding detection (uchardet)</source>
        <translation>Kodierung erkennen (uchardet)</translation>
    </message>
    <message>
        <source>a Windows-1252 sample was detected as &quot;%1&quot;</source>
        <translation>eine Windows-1252-Probe wurde als „%1“ erkannt</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>in column &quot;%1&quot;</source>
        <translation>in der Spalte „%1“</translation>
    </message>
    <message>
        <source>in the field &quot;%1&quot;</source>
        <translation>im Feld „%1“</translation>
    </message>
    <message>
        <source>in this row</source>
        <translation>in dieser Zeile</translation>
    </message>
    <message>
        <source>Correct it, or empty the cell, and import the fixed file.</source>
        <translation>Korrigieren Sie den Wert oder leeren Sie die Zelle, und importieren Sie die korrigierte Datei.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation>Die E-Mail-Adresse „%1“ gehört in Hellomateo schon zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>The WhatsApp number &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation>Die WhatsApp-Nummer „%1“ gehört in Hellomateo schon zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>The SMS number &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation>Die SMS-Nummer „%1“ gehört in Hellomateo schon zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>The Instagram name &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation>Der Instagram-Name „%1“ gehört in Hellomateo schon zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>The Facebook name &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation>Der Facebook-Name „%1“ gehört in Hellomateo schon zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>The Google Business Messages ID &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation>Die Google-Business-Messages-ID „%1“ gehört in Hellomateo schon zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>The customer number &quot;%1&quot; already belongs to another contact in Hellomateo.</source>
        <translation>Die Kundennummer „%1“ gehört in Hellomateo schon zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; (%2) already belongs to another contact in Hellomateo.</source>
        <translation>Der Wert „%1“ (%2) gehört in Hellomateo schon zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>A value of this row already belongs to another contact in Hellomateo.</source>
        <translation>Ein Wert dieser Zeile gehört in Hellomateo schon zu einem anderen Kontakt.</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>Er gehört zu %1.</translation>
    </message>
    <message>
        <source>Already belongs to another contact</source>
        <translation>Gehört schon zu einem anderen Kontakt</translation>
    </message>
    <message>
        <source>%1 already belongs to another contact</source>
        <translation>%1 gehört schon zu einem anderen Kontakt</translation>
    </message>
    <message>
        <source>Change or remove it in the file, or import this row with that contact&apos;s customer number.</source>
        <translation>Ändern oder entfernen Sie ihn in der Datei, oder importieren Sie diese Zeile mit der Kundennummer jenes Kontakts.</translation>
    </message>
    <message>
        <source>Change or remove it in column &quot;%1&quot;, or import this row with that contact&apos;s customer number.</source>
        <translation>Ändern oder entfernen Sie ihn in der Spalte „%1“, oder importieren Sie diese Zeile mit der Kundennummer jenes Kontakts.</translation>
    </message>
    <message>
        <source>E-mail address not accepted</source>
        <translation>E-Mail-Adresse nicht angenommen</translation>
    </message>
    <message>
        <source>Hellomateo does not accept &quot;%1&quot; %2 as an e-mail address.</source>
        <translation>Hellomateo nimmt „%1“ %2 nicht als E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Correct the address (one @ and a domain such as example.de), or empty the cell.</source>
        <translation>Korrigieren Sie die Adresse (ein @ und eine Domain wie beispiel.de) oder leeren Sie die Zelle.</translation>
    </message>
    <message>
        <source>Phone number not accepted</source>
        <translation>Telefonnummer nicht angenommen</translation>
    </message>
    <message>
        <source>Hellomateo does not accept &quot;%1&quot; %2 as a phone number.</source>
        <translation>Hellomateo nimmt „%1“ %2 nicht als Telefonnummer an.</translation>
    </message>
    <message>
        <source>Write the number with its country code, for example +49 170 1234567, or empty the cell.</source>
        <translation>Schreiben Sie die Nummer mit Ländervorwahl, zum Beispiel +49 170 1234567, oder leeren Sie die Zelle.</translation>
    </message>
    <message>
        <source>Value not accepted</source>
        <translation>Wert nicht angenommen</translation>
    </message>
    <message>
        <source>Hellomateo does not accept the value &quot;%1&quot; %2.</source>
        <translation>Hellomateo nimmt den Wert „%1“ %2 nicht an.</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Pflichtwert fehlt</translation>
    </message>
    <message>
        <source>A required value is missing in this row.</source>
        <translation>In dieser Zeile fehlt ein Pflichtwert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required, but this row has none.</source>
        <translation>„%1“ ist Pflicht, fehlt aber in dieser Zeile.</translation>
    </message>
    <message>
        <source>Enter a value %1 and import the fixed file.</source>
        <translation>Tragen Sie einen Wert %1 ein und importieren Sie die korrigierte Datei.</translation>
    </message>
    <message>
        <source>Contact list not found</source>
        <translation>Kontaktliste nicht gefunden</translation>
    </message>
    <message>
        <source>The contact list chosen for this import no longer exists in Hellomateo.</source>
        <translation>Die für diesen Import gewählte Kontaktliste gibt es in Hellomateo nicht mehr.</translation>
    </message>
    <message>
        <source>Choose another contact list (or none) and import again.</source>
        <translation>Wählen Sie eine andere Kontaktliste (oder keine) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Date does not exist</source>
        <translation>Datum gibt es nicht</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; %2 does not exist (for example 31 February or hour 25).</source>
        <translation>Das Datum „%1“ %2 gibt es nicht (zum Beispiel 31. Februar oder Stunde 25).</translation>
    </message>
    <message>
        <source>Date not readable</source>
        <translation>Datum nicht lesbar</translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as a date.</source>
        <translation>Hellomateo kann „%1“ %2 nicht als Datum lesen.</translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as a date and time.</source>
        <translation>Hellomateo kann „%1“ %2 nicht als Datum mit Uhrzeit lesen.</translation>
    </message>
    <message>
        <source>Write it like 31.12.2024, or empty the cell.</source>
        <translation>Schreiben Sie es wie 31.12.2024 oder leeren Sie die Zelle.</translation>
    </message>
    <message>
        <source>Write it like 31.12.2024 14:30, or empty the cell.</source>
        <translation>Schreiben Sie es wie 31.12.2024 14:30 oder leeren Sie die Zelle.</translation>
    </message>
    <message>
        <source>Number not readable</source>
        <translation>Zahl nicht lesbar</translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as a number.</source>
        <translation>Hellomateo kann „%1“ %2 nicht als Zahl lesen.</translation>
    </message>
    <message>
        <source>Write a plain number such as 1234,50, or empty the cell.</source>
        <translation>Schreiben Sie eine einfache Zahl wie 1234,50 oder leeren Sie die Zelle.</translation>
    </message>
    <message>
        <source>Yes or no not readable</source>
        <translation>Ja oder Nein nicht lesbar</translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as yes or no.</source>
        <translation>Hellomateo kann „%1“ %2 nicht als Ja oder Nein lesen.</translation>
    </message>
    <message>
        <source>Write yes or no (ja/nein, 1/0), or empty the cell.</source>
        <translation>Schreiben Sie ja oder nein (ja/nein, 1/0) oder leeren Sie die Zelle.</translation>
    </message>
    <message>
        <source>Consent not readable</source>
        <translation>Einwilligung nicht lesbar</translation>
    </message>
    <message>
        <source>Hellomateo cannot read &quot;%1&quot; %2 as a consent.</source>
        <translation>Hellomateo kann „%1“ %2 nicht als Einwilligung lesen.</translation>
    </message>
    <message>
        <source>Say what this value means in the consent values on the Mapping page, then import again.</source>
        <translation>Legen Sie auf der Seite „Zuordnung“ bei den Einwilligungswerten fest, was dieser Wert bedeutet, und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>List not readable</source>
        <translation>Liste nicht lesbar</translation>
    </message>
    <message>
        <source>Hellomateo cannot read the list %1.</source>
        <translation>Hellomateo kann die Liste %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Separate the words with a semicolon (;) and import the fixed file.</source>
        <translation>Trennen Sie die Wörter mit einem Semikolon (;) und importieren Sie die korrigierte Datei.</translation>
    </message>
    <message>
        <source>Value not readable</source>
        <translation>Wert nicht lesbar</translation>
    </message>
    <message>
        <source>Hellomateo cannot read the value &quot;%1&quot; %2.</source>
        <translation>Hellomateo kann den Wert „%1“ %2 nicht lesen.</translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation>Text zu lang</translation>
    </message>
    <message>
        <source>The text %1 is too long for Hellomateo.</source>
        <translation>Der Text %1 ist für Hellomateo zu lang.</translation>
    </message>
    <message>
        <source>Shorten it and import the fixed file.</source>
        <translation>Kürzen Sie ihn und importieren Sie die korrigierte Datei.</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Zahl zu groß</translation>
    </message>
    <message>
        <source>The number %1 is too large or too small for Hellomateo.</source>
        <translation>Die Zahl %1 ist für Hellomateo zu groß oder zu klein.</translation>
    </message>
    <message>
        <source>Field not in Hellomateo</source>
        <translation>Feld gibt es in Hellomateo nicht</translation>
    </message>
    <message>
        <source>Hellomateo has no field &quot;%1&quot;.</source>
        <translation>Hellomateo hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>Hellomateo has no field &quot;%1&quot;, so column &quot;%2&quot; cannot be imported.</source>
        <translation>Hellomateo hat kein Feld „%1“, darum kann die Spalte „%2“ nicht importiert werden.</translation>
    </message>
    <message>
        <source>Create the field in Hellomateo, or set the column to &quot;Don&apos;t import&quot; on the Mapping page, then import again.</source>
        <translation>Legen Sie das Feld in Hellomateo an oder stellen Sie die Spalte auf der Seite „Zuordnung“ auf „Nicht importieren“, und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Moved from another contact</source>
        <translation>Von einem anderen Kontakt übernommen</translation>
    </message>
    <message>
        <source>A number or address of this row moved from another contact to this one.</source>
        <translation>Eine Nummer oder Adresse dieser Zeile wurde von einem anderen Kontakt zu diesem verschoben.</translation>
    </message>
    <message>
        <source>Nothing to do if that is right; otherwise correct the other contact in Hellomateo.</source>
        <translation>Nichts zu tun, wenn das stimmt; sonst korrigieren Sie den anderen Kontakt in Hellomateo.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund genannt</translation>
    </message>
    <message>
        <source>Hellomateo counted this row as failed but did not say why.</source>
        <translation>Hellomateo hat diese Zeile als fehlgeschlagen gezählt, aber keinen Grund genannt.</translation>
    </message>
    <message>
        <source>Look the contact up in Hellomateo; if it is missing, import the row again.</source>
        <translation>Sehen Sie in Hellomateo nach dem Kontakt; fehlt er, importieren Sie die Zeile erneut.</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Hellomateo had an internal error with this row.</source>
        <translation>Bei Hellomateo ist mit dieser Zeile ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Import the row again later; if it fails again, send the details to Hellomateo support.</source>
        <translation>Importieren Sie die Zeile später erneut; schlägt sie wieder fehl, senden Sie die Details an den Hellomateo-Support.</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>API-Schlüssel nicht angenommen</translation>
    </message>
    <message>
        <source>Hellomateo did not accept the API key.</source>
        <translation>Hellomateo hat den API-Schlüssel nicht angenommen.</translation>
    </message>
    <message>
        <source>Create a new API key in Hellomateo (Settings, API) and resume the import.</source>
        <translation>Erstellen Sie in Hellomateo einen neuen API-Schlüssel (Einstellungen, API) und setzen Sie den Import fort.</translation>
    </message>
    <message>
        <source>Daily limit reached</source>
        <translation>Tageslimit erreicht</translation>
    </message>
    <message>
        <source>The daily limit of your Hellomateo account was reached.</source>
        <translation>Das Tageslimit Ihres Hellomateo-Kontos ist erreicht.</translation>
    </message>
    <message>
        <source>Resume the import tomorrow; nothing is lost and nothing is sent twice.</source>
        <translation>Setzen Sie den Import morgen fort; nichts geht verloren und nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Hellomateo asked mateo-import to slow down.</source>
        <translation>Hellomateo hat mateo-import gebeten, langsamer zu senden.</translation>
    </message>
    <message>
        <source>Resume the import in a few minutes.</source>
        <translation>Setzen Sie den Import in ein paar Minuten fort.</translation>
    </message>
    <message>
        <source>Batch too large</source>
        <translation>Paket zu groß</translation>
    </message>
    <message>
        <source>The batch with this row was too large for Hellomateo.</source>
        <translation>Das Paket mit dieser Zeile war für Hellomateo zu groß.</translation>
    </message>
    <message>
        <source>Import the failed rows again with a smaller batch size.</source>
        <translation>Importieren Sie die fehlgeschlagenen Zeilen erneut mit kleineren Paketen.</translation>
    </message>
    <message>
        <source>Hellomateo not available</source>
        <translation>Hellomateo nicht erreichbar</translation>
    </message>
    <message>
        <source>Hellomateo was not available when this row was sent.</source>
        <translation>Hellomateo war nicht erreichbar, als diese Zeile gesendet wurde.</translation>
    </message>
    <message>
        <source>Resume the import later; rows already imported are not sent twice.</source>
        <translation>Setzen Sie den Import später fort; schon importierte Zeilen werden nicht doppelt gesendet.</translation>
    </message>
    <message>
        <source>Wrong API address</source>
        <translation>Falsche API-Adresse</translation>
    </message>
    <message>
        <source>The API address does not lead to the Hellomateo Import API.</source>
        <translation>Die API-Adresse führt nicht zur Import-Schnittstelle von Hellomateo.</translation>
    </message>
    <message>
        <source>Check the API address on the first page and resume the import.</source>
        <translation>Prüfen Sie die API-Adresse auf der ersten Seite und setzen Sie den Import fort.</translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation>Anfrage nicht verstanden</translation>
    </message>
    <message>
        <source>Hellomateo could not read what mateo-import sent.</source>
        <translation>Hellomateo konnte nicht lesen, was mateo-import gesendet hat.</translation>
    </message>
    <message>
        <source>This is a fault in mateo-import: send the details to support.</source>
        <translation>Das ist ein Fehler in mateo-import: Senden Sie die Details an den Support.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>A value of this row does not fit Hellomateo.</source>
        <translation>Ein Wert dieser Zeile passt nicht zu Hellomateo.</translation>
    </message>
    <message>
        <source>Hellomateo did not import this row.</source>
        <translation>Hellomateo hat diese Zeile nicht importiert.</translation>
    </message>
    <message>
        <source>The details show Hellomateo&apos;s own words. Correct the row and import it again, or send the details to Hellomateo support.</source>
        <translation>Die Details zeigen den genauen Wortlaut von Hellomateo. Korrigieren Sie die Zeile und importieren Sie sie erneut, oder senden Sie die Details an den Hellomateo-Support.</translation>
    </message>
    <message>
        <source>or empty the cell</source>
        <translation>oder leeren Sie die Zelle</translation>
    </message>
    <message>
        <source>Invalid phone number</source>
        <translation>Ungültige Telefonnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a valid phone number.</source>
        <translation>„%1“ %2 ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <source>Write the number with its country code, for example +49 170 1234567, %1.</source>
        <translation>Schreiben Sie die Nummer mit Ländervorwahl, zum Beispiel +49 170 1234567, %1.</translation>
    </message>
    <message>
        <source>Invalid e-mail address</source>
        <translation>Ungültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a valid e-mail address.</source>
        <translation>„%1“ %2 ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Correct the address (one @ and a domain such as example.de), %1.</source>
        <translation>Korrigieren Sie die Adresse (ein @ und eine Domain wie beispiel.de), %1.</translation>
    </message>
    <message>
        <source>Date and time without time zone</source>
        <translation>Datum und Uhrzeit ohne Zeitzone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 has no time zone.</source>
        <translation>„%1“ %2 hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>Confirm the time zone on the Review page; the time is then sent with its offset.</source>
        <translation>Bestätigen Sie die Zeitzone auf der Seite „Prüfen“; die Uhrzeit wird dann mit ihrem Versatz gesendet.</translation>
    </message>
    <message>
        <source>Time skipped by daylight saving</source>
        <translation>Uhrzeit durch Zeitumstellung übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 does not exist: the clocks skipped that hour when summer time began.</source>
        <translation>„%1“ %2 gibt es nicht: Bei Beginn der Sommerzeit wurde diese Stunde übersprungen.</translation>
    </message>
    <message>
        <source>Choose on the Review page what happens to skipped times, or correct the time in the file.</source>
        <translation>Wählen Sie auf der Seite „Prüfen“, was mit übersprungenen Uhrzeiten geschieht, oder korrigieren Sie die Uhrzeit in der Datei.</translation>
    </message>
    <message>
        <source>Time repeated by daylight saving</source>
        <translation>Uhrzeit durch Zeitumstellung doppelt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 happened twice: the clocks went back an hour when summer time ended.</source>
        <translation>„%1“ %2 gab es zweimal: Am Ende der Sommerzeit wurde die Uhr eine Stunde zurückgestellt.</translation>
    </message>
    <message>
        <source>Choose on the Review page whether the earlier or the later time is meant.</source>
        <translation>Wählen Sie auf der Seite „Prüfen“, ob die frühere oder die spätere Uhrzeit gemeint ist.</translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation>Doppelt in der Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is also in line %3 of the file.</source>
        <translation>„%1“ %2 steht auch in Zeile %3 der Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is in the file twice.</source>
        <translation>„%1“ %2 steht zweimal in der Datei.</translation>
    </message>
    <message>
        <source>Keep one of the two rows, or correct the value in one of them.</source>
        <translation>Behalten Sie eine der beiden Zeilen oder korrigieren Sie den Wert in einer von ihnen.</translation>
    </message>
    <message>
        <source>Unreadable date</source>
        <translation>Unlesbares Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a date that can be read.</source>
        <translation>„%1“ %2 ist kein lesbares Datum.</translation>
    </message>
    <message>
        <source>Write it like 31.12.2024 or 31.12.2024 14:30, %1.</source>
        <translation>Schreiben Sie es wie 31.12.2024 oder 31.12.2024 14:30, %1.</translation>
    </message>
    <message>
        <source>Date without a year</source>
        <translation>Datum ohne Jahr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 has no year.</source>
        <translation>„%1“ %2 hat kein Jahr.</translation>
    </message>
    <message>
        <source>Add the year, for example 31.12.2024, %1.</source>
        <translation>Ergänzen Sie das Jahr, zum Beispiel 31.12.2024, %1.</translation>
    </message>
    <message>
        <source>Day and month order unclear</source>
        <translation>Reihenfolge von Tag und Monat unklar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 can be read day first or month first.</source>
        <translation>„%1“ %2 lässt sich mit dem Tag oder mit dem Monat zuerst lesen.</translation>
    </message>
    <message>
        <source>Choose the day and month order on the Review page.</source>
        <translation>Wählen Sie die Reihenfolge von Tag und Monat auf der Seite „Prüfen“.</translation>
    </message>
    <message>
        <source>Unreadable number</source>
        <translation>Unlesbare Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a number.</source>
        <translation>„%1“ %2 ist keine Zahl.</translation>
    </message>
    <message>
        <source>Write a plain number such as 1234,50, %1.</source>
        <translation>Schreiben Sie eine einfache Zahl wie 1234,50, %1.</translation>
    </message>
    <message>
        <source>Decimal mark unclear</source>
        <translation>Dezimalzeichen unklar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 can be read as two different numbers.</source>
        <translation>„%1“ %2 lässt sich als zwei verschiedene Zahlen lesen.</translation>
    </message>
    <message>
        <source>Choose the decimal mark of the column on the Mapping page.</source>
        <translation>Wählen Sie das Dezimalzeichen der Spalte auf der Seite „Zuordnung“.</translation>
    </message>
    <message>
        <source>Neither yes nor no</source>
        <translation>Weder ja noch nein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is neither yes nor no.</source>
        <translation>„%1“ %2 ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>Write yes or no (ja/nein, 1/0), %1.</source>
        <translation>Schreiben Sie ja oder nein (ja/nein, 1/0), %1.</translation>
    </message>
    <message>
        <source>Unknown consent value</source>
        <translation>Unbekannter Einwilligungswert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not a consent value mateo-import knows.</source>
        <translation>„%1“ %2 ist kein Einwilligungswert, den mateo-import kennt.</translation>
    </message>
    <message>
        <source>Say what it means in the consent values on the Mapping page.</source>
        <translation>Legen Sie auf der Seite „Zuordnung“ bei den Einwilligungswerten fest, was er bedeutet.</translation>
    </message>
    <message>
        <source>No customer number, e-mail or phone</source>
        <translation>Keine Kundennummer, E-Mail oder Telefonnummer</translation>
    </message>
    <message>
        <source>This row has no customer number, e-mail address, phone number or other handle.</source>
        <translation>Diese Zeile hat keine Kundennummer, E-Mail-Adresse, Telefonnummer oder andere Kennung.</translation>
    </message>
    <message>
        <source>Fill in at least one of them.</source>
        <translation>Tragen Sie mindestens eines davon ein.</translation>
    </message>
    <message>
        <source>Column missing in the file</source>
        <translation>Spalte fehlt in der Datei</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; of the mapping is not in this file.</source>
        <translation>Die Spalte „%1“ der Zuordnung gibt es in dieser Datei nicht.</translation>
    </message>
    <message>
        <source>Go back to the Mapping page and map the columns of this file.</source>
        <translation>Gehen Sie zurück zur Seite „Zuordnung“ und ordnen Sie die Spalten dieser Datei zu.</translation>
    </message>
    <message>
        <source>Field not available</source>
        <translation>Feld nicht vorhanden</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is mapped to a field this Hellomateo account does not have.</source>
        <translation>Die Spalte „%1“ ist einem Feld zugeordnet, das dieses Hellomateo-Konto nicht hat.</translation>
    </message>
    <message>
        <source>Choose another field or &quot;Don&apos;t import&quot; on the Mapping page.</source>
        <translation>Wählen Sie auf der Seite „Zuordnung“ ein anderes Feld oder „Nicht importieren“.</translation>
    </message>
    <message>
        <source>Two columns for one field</source>
        <translation>Zwei Spalten für ein Feld</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; goes to a field that another column already fills.</source>
        <translation>Die Spalte „%1“ geht in ein Feld, das schon eine andere Spalte füllt.</translation>
    </message>
    <message>
        <source>Map only one of the columns to that field on the Mapping page.</source>
        <translation>Ordnen Sie auf der Seite „Zuordnung“ nur eine der Spalten diesem Feld zu.</translation>
    </message>
    <message>
        <source>Time zone not known</source>
        <translation>Zeitzone unbekannt</translation>
    </message>
    <message>
        <source>The time zone in the mapping is not known on this computer.</source>
        <translation>Die Zeitzone der Zuordnung ist auf diesem Computer nicht bekannt.</translation>
    </message>
    <message>
        <source>Choose the time zone on the Review page.</source>
        <translation>Wählen Sie die Zeitzone auf der Seite „Prüfen“.</translation>
    </message>
    <message>
        <source>Cannot be sent</source>
        <translation>Kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>This row cannot be sent as it is.</source>
        <translation>Diese Zeile kann so nicht gesendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 cannot be sent as it is.</source>
        <translation>„%1“ %2 kann so nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The details say what the check found. Correct the row and import it again.</source>
        <translation>Die Details sagen, was die Prüfung gefunden hat. Korrigieren Sie die Zeile und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Row too long to read</source>
        <translation>Zeile zu lang zum Lesen</translation>
    </message>
    <message>
        <source>This row is longer than 64 MB, so only its start was read; it is not imported.</source>
        <translation>Diese Zeile ist länger als 64 MB, darum wurde nur ihr Anfang gelesen; sie wird nicht importiert.</translation>
    </message>
    <message>
        <source>Look at this line in the file for a missing line break or binary data, fix it, and import the fixed file.</source>
        <translation>Sehen Sie sich diese Zeile in der Datei an (fehlender Zeilenumbruch oder Binärdaten?), korrigieren Sie sie und importieren Sie die korrigierte Datei.</translation>
    </message>
    <message>
        <source>Belongs to different contacts</source>
        <translation>Gehört zu verschiedenen Kontakten</translation>
    </message>
    <message>
        <source>Not sent: this row&apos;s customer number, e-mail or phone numbers belong to different contacts in Hellomateo, so it would be refused. The details name them.</source>
        <translation>Nicht gesendet: Kundennummer, E-Mail oder Telefonnummern dieser Zeile gehören in Hellomateo zu verschiedenen Kontakten, daher würde sie abgelehnt. Die Details nennen sie.</translation>
    </message>
    <message>
        <source>Correct the identifiers in the file, or merge the contacts in Hellomateo, then import the row again.</source>
        <translation>Korrigieren Sie die Kennungen in der Datei oder führen Sie die Kontakte in Hellomateo zusammen und importieren Sie die Zeile dann erneut.</translation>
    </message>
    <message>
        <source>Contact exists (create only)</source>
        <translation>Kontakt vorhanden (nur anlegen)</translation>
    </message>
    <message>
        <source>Not sent: the import only creates new contacts, and this row matches one that exists. The details name it.</source>
        <translation>Nicht gesendet: Der Import legt nur neue Kontakte an, und diese Zeile passt zu einem vorhandenen. Die Details nennen ihn.</translation>
    </message>
    <message>
        <source>Import the row with &quot;Create and update contacts&quot; to update that contact, or leave it out.</source>
        <translation>Importieren Sie die Zeile mit „Kontakte anlegen und aktualisieren“, um diesen Kontakt zu aktualisieren, oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>No contact to update (update only)</source>
        <translation>Kein Kontakt zum Aktualisieren (nur aktualisieren)</translation>
    </message>
    <message>
        <source>Not sent: the import only updates existing contacts, and no contact matches this row.</source>
        <translation>Nicht gesendet: Der Import aktualisiert nur vorhandene Kontakte, und kein Kontakt passt zu dieser Zeile.</translation>
    </message>
    <message>
        <source>Import the row with &quot;Create and update contacts&quot; to create it, or check its customer number, e-mail and phone numbers.</source>
        <translation>Importieren Sie die Zeile mit „Kontakte anlegen und aktualisieren“, um sie anzulegen, oder prüfen Sie Kundennummer, E-Mail und Telefonnummern.</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Schon aktuell</translation>
    </message>
    <message>
        <source>Not sent: the contact in Hellomateo already has every value of this row.</source>
        <translation>Nicht gesendet: Der Kontakt in Hellomateo hat schon jeden Wert dieser Zeile.</translation>
    </message>
    <message>
        <source>Nothing to do; import it without &quot;Skip unchanged rows&quot; to send it anyway.</source>
        <translation>Nichts zu tun; importieren Sie ohne „Unveränderte Zeilen überspringen“, um sie trotzdem zu senden.</translation>
    </message>
    <message>
        <source>Control character in a cell</source>
        <translation>Steuerzeichen in einer Zelle</translation>
    </message>
    <message>
        <source>The cell %1 holds a control character (such as a NUL byte) that no text field takes: the data is damaged.</source>
        <translation>Die Zelle %1 enthält ein Steuerzeichen (etwa ein NUL-Byte), das kein Textfeld annimmt: Die Daten sind beschädigt.</translation>
    </message>
    <message>
        <source>Look at this line in the file, remove the stray characters, and import the fixed file.</source>
        <translation>Sehen Sie sich diese Zeile in der Datei an, entfernen Sie die fremden Zeichen und importieren Sie die korrigierte Datei.</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <source>Every column mapped for the import is empty in this row, so it was skipped.</source>
        <translation>Jede für den Import zugeordnete Spalte ist in dieser Zeile leer, daher wurde sie übersprungen.</translation>
    </message>
    <message>
        <source>Fill in at least one mapped column, or map a column that has a value in this row.</source>
        <translation>Füllen Sie mindestens eine zugeordnete Spalte aus oder ordnen Sie eine Spalte zu, die in dieser Zeile einen Wert hat.</translation>
    </message>
</context>
<context>
    <name>FailedRowDetail</name>
    <message>
        <source>Details of the selected failed row</source>
        <translation>Details der gewählten fehlgeschlagenen Zeile</translation>
    </message>
    <message>
        <source>Select a row to see everything about it.</source>
        <translation>Wählen Sie eine Zeile, um alles über sie zu sehen.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line unknown (the server named a row that is not in the file)</source>
        <translation>Zeile unbekannt (der Server nannte eine Zeile, die nicht in der Datei steht)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation>Details für den Support: %1</translation>
    </message>
    <message>
        <source>The row in the file</source>
        <translation>Die Zeile in der Datei</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>zu korrigieren</translation>
    </message>
</context>
<context>
    <name>FailedRowModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n Problem: %1</numerusform>
            <numerusform>%n Probleme: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
</context>
<context>
    <name>FailedRowsExport</name>
    <message>
        <source>%1: cannot write the failed rows (%2). Choose another folder.</source>
        <translation>%1: Die fehlgeschlagenen Zeilen können nicht geschrieben werden (%2). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1: writing the failed rows failed (%2). Check free disk space.</source>
        <translation>%1: Das Schreiben der fehlgeschlagenen Zeilen ist fehlgeschlagen (%2). Prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <source>not a JSON object (%1 at offset %2); expected {&quot;custom_fields&quot;: [...], &quot;marketing_channels&quot;: [...]}</source>
        <translation>kein JSON-Objekt (%1 bei Offset %2); erwartet wird {&quot;custom_fields&quot;: [...], &quot;marketing_channels&quot;: [...]}</translation>
    </message>
    <message>
        <source>%1: cannot open the field list (%2).</source>
        <translation>%1: Die Feldliste kann nicht geöffnet werden (%2).</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>SMS-Nummer</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Instagram name</source>
        <translation>Instagram-Name</translation>
    </message>
    <message>
        <source>Facebook name</source>
        <translation>Facebook-Name</translation>
    </message>
    <message>
        <source>Google Business Messages ID</source>
        <translation>Google-Business-Messages-ID</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>Ja oder Nein</translation>
    </message>
    <message>
        <source>list of words</source>
        <translation>Liste von Wörtern</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Drop a .csv, .txt or .xlsx file here, or choose one</source>
        <translation>Legen Sie hier eine .csv-, .txt- oder .xlsx-Datei ab oder wählen Sie eine aus</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>Zuletzt &amp;verwendet</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>Use the &amp;practice sample (German Excel export with typical problems)</source>
        <translation>&amp;Übungsbeispiel verwenden (deutscher Excel-Export mit typischen Problemen)</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Kopf&amp;zeile:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>Warnings while reading the file</source>
        <translation>Warnungen beim Lesen der Datei</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose the exported contact list. Check the preview: umlauts and columns must look right.</source>
        <translation>Wählen Sie die exportierte Kontaktliste. Prüfen Sie die Vorschau: Umlaute und Spalten müssen richtig aussehen.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1… %2 %</source>
        <translation>%1 wird gelesen… %2 %</translation>
    </message>
    <message>
        <source>%1: %2 data records, %3 columns.</source>
        <translation>%1: %2 Datensätze, %3 Spalten.</translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation>%1 (Ihre Wahl)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation>Excel-Arbeitsmappe, Tabellenblatt „%1“</translation>
    </message>
    <message>
        <source>, or %1</source>
        <translation>, oder %1</translation>
    </message>
    <message>
        <source>, with BOM</source>
        <translation>, mit BOM</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <source>Line endings: %1</source>
        <translation>Zeilenenden: %1</translation>
    </message>
    <message>
        <source>Header row: %1</source>
        <translation>Kopfzeile: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more warnings.</source>
        <translation>… und %1 weitere Warnungen.</translation>
    </message>
    <message>
        <source>Choose the contact list</source>
        <translation>Kontaktliste auswählen</translation>
    </message>
    <message>
        <source>Contact lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Kontaktlisten (*.csv *.txt *.tsv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt verwendeten Dateien</translation>
    </message>
    <message>
        <source>%1 (certain)</source>
        <translation>%1 (sicher)</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (wahrscheinlich)</translation>
    </message>
    <message>
        <source>%1 (uncertain: please check the preview)</source>
        <translation>%1 (unsicher: bitte die Vorschau prüfen)</translation>
    </message>
</context>
<context>
    <name>FileProbe</name>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>an old Excel .xls workbook (save it as .xlsx or CSV)</source>
        <translation>eine alte Excel-Arbeitsmappe (.xls) (speichern Sie sie als .xlsx oder CSV)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>eine Binärdatei</translation>
    </message>
</context>
<context>
    <name>FileRecordSource</name>
    <message>
        <source>%1: the file changed on disk after it was read. Wait until the program writing it has finished, then open it again.</source>
        <translation>%1: Die Datei wurde nach dem Lesen auf dem Datenträger geändert. Warten Sie, bis das Programm, das sie schreibt, fertig ist, und öffnen Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>HeaderNames</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: the header &quot;%3&quot; appears more than once; this column is called &quot;%4&quot;. Rename it in the file if another name fits better.</source>
        <translation>Zeile %1, Spalte %2: Die Überschrift „%3“ kommt mehrfach vor; diese Spalte heißt „%4“. Benennen Sie sie in der Datei um, wenn ein anderer Name besser passt.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n column(s) without a header (column %2) were named &quot;Column N&quot; after their position.</source>
        <translation>
            <numerusform>Zeile %1: %n Spalte ohne Überschrift (Spalte %2) wurde nach ihrer Position „Spalte N“ genannt.</numerusform>
            <numerusform>Zeile %1: %n Spalten ohne Überschrift (Spalte %2) wurden nach ihrer Position „Spalte N“ genannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Import jobs on this computer</source>
        <translation>Importaufträge auf diesem Computer</translation>
    </message>
    <message>
        <source>Journal status</source>
        <translation>Status des Journals</translation>
    </message>
    <message>
        <source>In the account</source>
        <translation>Im Konto</translation>
    </message>
    <message>
        <source>Imports in the account</source>
        <translation>Importe im Konto</translation>
    </message>
    <message>
        <source>Account imports status</source>
        <translation>Status der Kontoimporte</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the imports in the account</source>
        <translation>Importe des Kontos aktualisieren</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load more imports</source>
        <translation>Weitere Importe laden</translation>
    </message>
    <message>
        <source>&amp;Open results</source>
        <translation>Ergebnisse ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the results of the selected import</source>
        <translation>Ergebnisse des ausgewählten Imports öffnen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Imports started on this computer, and the imports your account received.</source>
        <translation>Auf diesem Computer gestartete Importe und die Importe, die Ihr Konto erhalten hat.</translation>
    </message>
    <message>
        <source>No imports were started on this computer yet.</source>
        <translation>Auf diesem Computer wurde noch kein Import gestartet.</translation>
    </message>
    <message>
        <source>Not connected. Go back to the first page and choose practice or your account.</source>
        <translation>Nicht verbunden. Gehen Sie zur ersten Seite zurück und wählen Sie den Übungsmodus oder Ihr Konto.</translation>
    </message>
    <message>
        <source>Loading the imports of %1…</source>
        <translation>Importe von %1 werden geladen…</translation>
    </message>
    <message>
        <source>The account has no imports yet.</source>
        <translation>Das Konto hat noch keine Importe.</translation>
    </message>
    <message>
        <source>The newest %1 imports. &quot;Load more&quot; shows older ones.</source>
        <translation>Die neuesten %1 Importe. „Mehr laden“ zeigt ältere.</translation>
    </message>
    <message>
        <source>The account has this one import.</source>
        <translation>Das Konto hat diesen einen Import.</translation>
    </message>
    <message>
        <source>All %1 imports of the account.</source>
        <translation>Alle %1 Importe des Kontos.</translation>
    </message>
    <message>
        <source>Loading the results of import %1…</source>
        <translation>Ergebnisse von Import %1 werden geladen…</translation>
    </message>
    <message>
        <source>The account has no such import any more. Refresh the list.</source>
        <translation>Das Konto hat diesen Import nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
</context>
<context>
    <name>ImportEngine</name>
    <message>
        <source>No import job %1 in the journal %2. Run &quot;mateo-import status&quot; to list the jobs.</source>
        <translation>Kein Importauftrag %1 im Journal %2. Führen Sie „mateo-import status“ aus, um die Aufträge aufzulisten.</translation>
    </message>
    <message>
        <source>Import job %1 is being worked on by another mateo-import (process %2). Wait for it to end, or end it, then try again.</source>
        <translation>Importauftrag %1 wird von einem anderen mateo-import bearbeitet (Prozess %2). Warten Sie, bis er endet, oder beenden Sie ihn, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>paused by the user</source>
        <translation>vom Benutzer pausiert</translation>
    </message>
    <message>
        <source>Paused. Nothing new is sent; the request under way completes.</source>
        <translation>Pausiert. Es wird nichts Neues gesendet; die laufende Anfrage wird noch abgeschlossen.</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>Batch %1 in the journal %2 is damaged (its payload does not match its hash). Nothing of it was sent; start the import again from the file.</source>
        <translation>Paket %1 im Journal %2 ist beschädigt (sein Inhalt passt nicht zu seinem Hash). Davon wurde nichts gesendet; starten Sie den Import erneut aus der Datei.</translation>
    </message>
    <message>
        <source>Checking whether batch %1 reached the server before sending it again.</source>
        <translation>Es wird geprüft, ob Paket %1 den Server erreicht hat, bevor es erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Batch %1 had reached the server (import %2); it is not sent again.</source>
        <translation>Paket %1 hatte den Server erreicht (Import %2); es wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>not stored by the server; sent again</source>
        <translation>vom Server nicht gespeichert; erneut gesendet</translation>
    </message>
    <message>
        <source>Batch %1 was too large for the server (413); sending it as two batches of %L2 and %L3 rows.</source>
        <translation>Paket %1 war zu groß für den Server (413); es wird als zwei Pakete mit %L2 und %L3 Zeilen gesendet.</translation>
    </message>
    <message>
        <source>%1
Gave up after %2 attempts. Nothing is lost: run &quot;mateo-import resume&quot; when the server is reachable again.</source>
        <translation>%1
Nach %2 Versuchen aufgegeben. Es geht nichts verloren: Führen Sie „mateo-import resume“ aus, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The daily quota is used up; %L1 rows are left. The import can continue from %2 UTC: run &quot;mateo-import resume&quot; then.</source>
        <translation>Das Tageslimit ist aufgebraucht; %L1 Zeilen sind übrig. Der Import kann ab %2 UTC fortgesetzt werden: Führen Sie dann „mateo-import resume“ aus.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing new is sent; batches the server already accepted still finish.</source>
        <translation>Abgebrochen. Es wird nichts Neues gesendet; Stapel, die der Server schon angenommen hat, werden noch fertig.</translation>
    </message>
    <message>
        <source>Import cancelled: %L1 rows imported, %L2 failed on the server, %L3 not sent.</source>
        <translation>Import abgebrochen: %L1 Zeilen importiert, %L2 auf dem Server fehlgeschlagen, %L3 nicht gesendet.</translation>
    </message>
    <message>
        <source>Import finished: %L1 rows imported, %L2 failed or invalid, %L3 skipped.</source>
        <translation>Import abgeschlossen: %L1 Zeilen importiert, %L2 fehlgeschlagen oder ungültig, %L3 übersprungen.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import id</source>
        <translation>Import-ID</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Import journal %1: %2 failed (%3). Check free disk space and that only one mateo-import works on this job.</source>
        <translation>Import-Journal %1: %2 fehlgeschlagen (%3). Prüfen Sie den freien Speicherplatz und ob nur ein mateo-import an diesem Auftrag arbeitet.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Choose another with MATEO_DATA_DIR or --data.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Wählen Sie mit MATEO_DATA_DIR oder --data einen anderen.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>saving batch %1</source>
        <translation>Speichern von Paket %1</translation>
    </message>
    <message>
        <source>saving failed row of line %1</source>
        <translation>Speichern der fehlgeschlagenen Zeile %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>saving job</source>
        <translation>Speichern des Auftrags</translation>
    </message>
    <message>
        <source>committing the new job</source>
        <translation>Übernehmen des neuen Auftrags</translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation>Auflisten der Aufträge</translation>
    </message>
    <message>
        <source>updating job %1</source>
        <translation>Aktualisieren von Auftrag %1</translation>
    </message>
    <message>
        <source>reading batches</source>
        <translation>Lesen der Pakete</translation>
    </message>
    <message>
        <source>marking batch %1 as sending</source>
        <translation>Markieren von Paket %1 als „wird gesendet“</translation>
    </message>
    <message>
        <source>updating batch %1</source>
        <translation>Aktualisieren von Paket %1</translation>
    </message>
    <message>
        <source>finishing batch %1</source>
        <translation>Abschließen von Paket %1</translation>
    </message>
    <message>
        <source>no such batch</source>
        <translation>kein solches Paket</translation>
    </message>
    <message>
        <source>committing batch %1</source>
        <translation>Übernehmen von Paket %1</translation>
    </message>
    <message>
        <source>rejecting batch %1</source>
        <translation>Ablehnen von Paket %1</translation>
    </message>
    <message>
        <source>splitting batch %1</source>
        <translation>Teilen von Paket %1</translation>
    </message>
    <message>
        <source>committing split of batch %1</source>
        <translation>Übernehmen der Teilung von Paket %1</translation>
    </message>
    <message>
        <source>reading failed rows</source>
        <translation>Lesen der fehlgeschlagenen Zeilen</translation>
    </message>
    <message>
        <source>recording quota usage</source>
        <translation>Erfassen des Kontingentverbrauchs</translation>
    </message>
</context>
<context>
    <name>ImportMode</name>
    <message>
        <source>the contact line %1 of this file creates</source>
        <translation>den Kontakt, den Zeile %1 dieser Datei anlegt</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; belongs to %3</source>
        <translation>%1 „%2“ gehört zu %3</translation>
    </message>
    <message>
        <source>Not sent: Hellomateo would refuse this row because its identifiers belong to different contacts (%1). Fix the identifiers, or merge the contacts in Hellomateo.</source>
        <translation>Nicht gesendet: Hellomateo würde diese Zeile ablehnen, weil ihre Kennungen zu verschiedenen Kontakten gehören (%1). Korrigieren Sie die Kennungen oder führen Sie die Kontakte in Hellomateo zusammen.</translation>
    </message>
    <message>
        <source>Not sent (create only): it matches %1.</source>
        <translation>Nicht gesendet (nur anlegen): Die Zeile passt zu %1.</translation>
    </message>
    <message>
        <source>Not sent (update only): no contact matches this row.</source>
        <translation>Nicht gesendet (nur aktualisieren): Kein Kontakt passt zu dieser Zeile.</translation>
    </message>
    <message>
        <source>Not sent: %1 already has every value of this row.</source>
        <translation>Nicht gesendet: %1 hat bereits alle Werte dieser Zeile.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Daily quota:</source>
        <translation>Tageslimit:</translation>
    </message>
    <message>
        <source>Daily quota used</source>
        <translation>Verbrauchtes Tageslimit</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The contacts are sent in batches. You can pause or close the window: the import can be resumed.</source>
        <translation>Die Kontakte werden in Paketen gesendet. Sie können pausieren oder das Fenster schließen: Der Import lässt sich fortsetzen.</translation>
    </message>
    <message>
        <source>Pause stops sending after the current batch. Cancel stops for good; batches the server already accepted still finish there and are counted.</source>
        <translation>„Pausieren“ stoppt das Senden nach dem aktuellen Paket. „Abbrechen“ stoppt endgültig; Pakete, die der Server bereits angenommen hat, werden dort noch fertig verarbeitet und mitgezählt.</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>%1 Sending continues by itself at %2 — you may also close the window and resume later.</source>
        <translation>%1 Das Senden wird um %2 von selbst fortgesetzt — Sie können das Fenster auch schließen und später fortsetzen.</translation>
    </message>
    <message>
        <source>Preparing the batches…</source>
        <translation>Pakete werden vorbereitet…</translation>
    </message>
    <message>
        <source>The import could not be prepared: %1</source>
        <translation>Der Import konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows processed · %3 rows/s</source>
        <translation>%1 von %2 Zeilen verarbeitet · %3 Zeilen/s</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>New API key needed</source>
        <translation>Neuer API-Schlüssel nötig</translation>
    </message>
    <message>
        <source>%1

Enter a valid API key to continue; nothing has been lost.</source>
        <translation>%1

Geben Sie einen gültigen API-Schlüssel ein, um fortzufahren; es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>%1 The job is saved; resume it from the first page or with &quot;mateo-import resume&quot;.</source>
        <translation>%1 Der Auftrag ist gespeichert; setzen Sie ihn auf der ersten Seite oder mit „mateo-import resume“ fort.</translation>
    </message>
    <message>
        <source>Nothing was sent. This file was already imported with this mapping into this account.</source>
        <translation>Es wurde nichts gesendet. Diese Datei wurde mit dieser Zuordnung bereits in dieses Konto importiert.</translation>
    </message>
    <message>
        <source>Import this file again?</source>
        <translation>Diese Datei erneut importieren?</translation>
    </message>
    <message>
        <source>This file was already imported with the same mapping into this account on %1: %2 rows imported, %3 not imported.

Importing it again sends every row once more and counts against today&apos;s quota.</source>
        <translation>Diese Datei wurde am %1 mit derselben Zuordnung in dieses Konto importiert: %2 Zeilen importiert, %3 nicht importiert.

Ein erneuter Import sendet jede Zeile noch einmal und zählt gegen das heutige Kontingent.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation>&amp;Nicht senden</translation>
    </message>
    <message>
        <source>&amp;Open its results</source>
        <translation>&amp;Ergebnisse öffnen</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Nothing was sent. Go back to choose another file or mapping.</source>
        <translation>Es wurde nichts gesendet. Gehen Sie zurück, um eine andere Datei oder Zuordnung zu wählen.</translation>
    </message>
    <message>
        <source>%1 of %2 rows processed</source>
        <translation>%1 von %2 Zeilen verarbeitet</translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation>noch wenige Sekunden</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending batches…</source>
        <translation>Stapel werden gesendet …</translation>
    </message>
    <message numerus="yes">
        <source>Paused: nothing new is sent. %n batch(es) still processing on the server; their rows are counted as they finish.</source>
        <translation>
            <numerusform>Angehalten: Es wird nichts Neues gesendet. %n Stapel wird noch auf dem Server verarbeitet; seine Zeilen werden gezählt, sobald er fertig ist.</numerusform>
            <numerusform>Angehalten: Es wird nichts Neues gesendet. %n Stapel werden noch auf dem Server verarbeitet; ihre Zeilen werden gezählt, sobald sie fertig sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: nothing new is sent. %L1 rows wait to be sent; resume when you are ready.</source>
        <translation>Angehalten: Es wird nichts Neues gesendet. %L1 Zeilen warten auf das Senden; setzen Sie fort, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The API key was refused. Enter a valid key to continue; nothing is lost.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Geben Sie einen gültigen Schlüssel ein, um fortzufahren; nichts geht verloren.</translation>
    </message>
    <message numerus="yes">
        <source>Everything is sent. %n batch(es) still processing on the server.</source>
        <translation>
            <numerusform>Alles ist gesendet. %n Stapel wird noch auf dem Server verarbeitet.</numerusform>
            <numerusform>Alles ist gesendet. %n Stapel werden noch auf dem Server verarbeitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: nothing new is sent. %n batch(es) the server already accepted still finish there (%L1 rows to go); %L2 rows will not be sent.</source>
        <translation>
            <numerusform>Abgebrochen: Es wird nichts Neues gesendet. %n Stapel, den der Server schon angenommen hat, wird dort noch fertig (noch %L1 Zeilen); %L2 Zeilen werden nicht gesendet.</numerusform>
            <numerusform>Abgebrochen: Es wird nichts Neues gesendet. %n Stapel, die der Server schon angenommen hat, werden dort noch fertig (noch %L1 Zeilen); %L2 Zeilen werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy import id</source>
        <translation>Import-ID kopieren</translation>
    </message>
    <message>
        <source>Today: %1 of %2 contacts</source>
        <translation>Heute: %1 von %2 Kontakten</translation>
    </message>
    <message>
        <source>Hellomateo accepts up to %1 contacts a day for this account.</source>
        <translation>Hellomateo nimmt für dieses Konto bis zu %1 Kontakte pro Tag an.</translation>
    </message>
    <message>
        <source>The rows changed since the preview. Go back to Review and run the preview again.</source>
        <translation>Die Zeilen haben sich seit der Vorschau geändert. Gehen Sie zurück zur Prüfung und starten Sie die Vorschau erneut.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Nothing left to send.</source>
        <translation>Nichts mehr zu senden.</translation>
    </message>
    <message>
        <source>none today (the daily quota is used up)</source>
        <translation>heute keine (das Tageslimit ist aufgebraucht)</translation>
    </message>
    <message>
        <source>%L1 today in 1 batch</source>
        <translation>%L1 heute in 1 Paket</translation>
    </message>
    <message>
        <source>%L1 today in %L2 batches</source>
        <translation>%L1 heute in %L2 Paketen</translation>
    </message>
    <message>
        <source>%L1 tomorrow in 1 batch</source>
        <translation>%L1 morgen in 1 Paket</translation>
    </message>
    <message>
        <source>%L1 tomorrow in %L2 batches</source>
        <translation>%L1 morgen in %L2 Paketen</translation>
    </message>
    <message>
        <source>%L1 on day %3 in 1 batch</source>
        <translation>%L1 an Tag %3 in 1 Paket</translation>
    </message>
    <message>
        <source>%L1 on day %3 in %L2 batches</source>
        <translation>%L1 an Tag %3 in %L2 Paketen</translation>
    </message>
    <message>
        <source>%L1 rows in 1 batch: %2.</source>
        <translation>%L1 Zeilen in 1 Paket: %2.</translation>
    </message>
    <message>
        <source>%L1 rows in %L2 batches: %3.</source>
        <translation>%L1 Zeilen in %L2 Paketen: %3.</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>Folder of the import journal (default: MATEO_DATA_DIR or the app data folder).</source>
        <translation>Ordner des Import-Journals (Standard: MATEO_DATA_DIR oder der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>Seconds without data before a request is retried (default 60).</source>
        <translation>Sekunden ohne Daten, bevor eine Anfrage wiederholt wird (Standard 60).</translation>
    </message>
    <message>
        <source>Your organisation&apos;s daily contact limit (default 25000).</source>
        <translation>Das tägliche Kontaktlimit Ihrer Organisation (Standard 25000).</translation>
    </message>
    <message>
        <source>Your organisation&apos;s daily request limit (default 10000).</source>
        <translation>Das tägliche Anfragelimit Ihrer Organisation (Standard 10000).</translation>
    </message>
    <message>
        <source>First status poll interval in ms (default 2000; backs off to 30 s).</source>
        <translation>Erstes Abfrageintervall für den Status in ms (Standard 2000; steigt bis 30 s).</translation>
    </message>
    <message>
        <source>Where to write the failed rows (default: beside the source file).</source>
        <translation>Wohin die fehlgeschlagenen Zeilen geschrieben werden (Standard: neben die Quelldatei).</translation>
    </message>
    <message>
        <source>--timeout, --daily-entities, --daily-requests and --poll-interval take positive whole numbers.</source>
        <translation>--timeout, --daily-entities, --daily-requests und --poll-interval erwarten positive ganze Zahlen.</translation>
    </message>
    <message>
        <source>No API key for %1. Set the environment variable MATEO_API_KEY, or sign in once in the wizard (it keeps the key in the keychain).%2</source>
        <translation>Kein API-Schlüssel für %1. Setzen Sie die Umgebungsvariable MATEO_API_KEY oder melden Sie sich einmal im Assistenten an (er speichert den Schlüssel im Schlüsselbund).%2</translation>
    </message>
    <message>
        <source>retrying in %1 s: %2</source>
        <translation>neuer Versuch in %1 s: %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Failed rows (fix them and import this file again): %1</source>
        <translation>Fehlgeschlagene Zeilen (korrigieren Sie sie und importieren Sie diese Datei erneut): %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts into Hellomateo</source>
        <translation>Kontakte in Hellomateo importieren</translation>
    </message>
    <message>
        <source>&amp;Results &gt;</source>
        <translation>&amp;Ergebnisse &gt;</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Import beenden?</translation>
    </message>
    <message>
        <source>The import is still running. If you close now, sending stops after the current batch; batches the server already accepted still finish. You can resume the rest later from the first page or with &quot;mateo-import resume&quot;.

Close anyway?</source>
        <translation>Der Import läuft noch. Wenn Sie jetzt schließen, stoppt das Senden nach dem aktuellen Paket; Pakete, die der Server bereits angenommen hat, werden noch fertig verarbeitet. Den Rest können Sie später auf der ersten Seite oder mit „mateo-import resume“ fortsetzen.

Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Keep your work?</source>
        <translation>Ihre Arbeit behalten?</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>mapping.json</source>
        <translation>zuordnung.json</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>You chose a file and mapped its columns. If you close now, that work is lost; save the mapping to use it again.</source>
        <translation>Sie haben eine Datei gewählt und ihre Spalten zugeordnet. Wenn Sie jetzt schließen, geht diese Arbeit verloren; speichern Sie die Zuordnung, um sie wieder zu verwenden.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>or: %1</source>
        <translation>oder: %1</translation>
    </message>
    <message>
        <source>show how a file is read: encoding, delimiter, header row, columns</source>
        <translation>zeigen, wie eine Datei gelesen wird: Kodierung, Trennzeichen, Kopfzeile, Spalten</translation>
    </message>
    <message>
        <source>File:         %1</source>
        <translation>Datei:        %1</translation>
    </message>
    <message>
        <source>Sheet:        %1 (of %2)</source>
        <translation>Blatt:        %1 (von %2)</translation>
    </message>
    <message>
        <source>Encoding:     %1 (%2)%3</source>
        <translation>Kodierung:    %1 (%2)%3</translation>
    </message>
    <message>
        <source>BOM:          %1</source>
        <translation>BOM:          %1</translation>
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
        <source>Delimiter:    %1 (%2)%3</source>
        <translation>Trennzeichen: %1 (%2)%3</translation>
    </message>
    <message>
        <source>Quoting:      %1</source>
        <translation>Anführung:    %1</translation>
    </message>
    <message>
        <source>Line ending:  %1 (%2)%3</source>
        <translation>Zeilenende:   %1 (%2)%3</translation>
    </message>
    <message>
        <source>Header row:   %1 (line %2, %3)%4</source>
        <translation>Kopfzeile:    %1 (Zeile %2, %3)%4</translation>
    </message>
    <message>
        <source>Rows:         %1</source>
        <translation>Zeilen:       %1</translation>
    </message>
    <message>
        <source>Columns:      %1</source>
        <translation>Spalten:      %1</translation>
    </message>
    <message>
        <source>Warnings:     %1</source>
        <translation>Warnungen:    %1</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... und %1 weitere.</translation>
    </message>
    <message>
        <source>Shows how FILE is read: encoding, delimiter, line ending, header row, rows, columns and warnings.</source>
        <translation>Zeigt, wie FILE gelesen wird: Zeichenkodierung, Trennzeichen, Zeilenende, Kopfzeile, Zeilen, Spalten und Warnungen.</translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation>Die Kontaktdatei (.csv, .txt, .tsv, .xlsx).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Read the file in this encoding (e.g. windows-1252).</source>
        <translation>Die Datei in dieser Zeichenkodierung lesen (z. B. windows-1252).</translation>
    </message>
    <message>
        <source>The field delimiter (a character, or tab).</source>
        <translation>Das Feldtrennzeichen (ein Zeichen oder tab).</translation>
    </message>
    <message>
        <source>The line number of the header row.</source>
        <translation>Die Zeilennummer der Kopfzeile.</translation>
    </message>
    <message>
        <source>The worksheet of an .xlsx workbook.</source>
        <translation>Das Arbeitsblatt einer .xlsx-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>Custom fields and marketing channels for the suggested targets.</source>
        <translation>Benutzerdefinierte Felder und Marketingkanäle für die vorgeschlagenen Ziele.</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>keine Datei angegeben</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>genau eine FILE angeben</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Corrected from &quot;%1&quot;</source>
        <translation>Korrigiert aus „%1“</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>JobWriter</name>
    <message>
        <source>The mapping has errors: %1 Fix them on the Mapping page (or in the profile), then start again.</source>
        <translation>Die Zuordnung hat Fehler: %1 Beheben Sie sie auf der Seite „Zuordnung“ (oder im Profil) und starten Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>JournalJobModel</name>
    <message>
        <source>Practice · %1</source>
        <translation>Übung · %1</translation>
    </message>
    <message>
        <source>Hellomateo · %1</source>
        <translation>Hellomateo · %1</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused: daily quota used</source>
        <translation>Pausiert: Tageskontingent aufgebraucht</translation>
    </message>
    <message>
        <source>Paused: API key refused</source>
        <translation>Pausiert: API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Paused: no connection</source>
        <translation>Pausiert: keine Verbindung</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>(unknown file)</source>
        <translation>(unbekannte Datei)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>Importiert nach</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln batch(es), %2 not sent</source>
        <translation>
            <numerusform>%1 von %Ln Paket, %2 nicht gesendet</numerusform>
            <numerusform>%1 von %Ln Paketen, %2 nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln batch(es)</source>
        <translation>
            <numerusform>%1 von %Ln Paket</numerusform>
            <numerusform>%1 von %Ln Paketen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No system keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet and log in again; the key is never kept in a plain file instead.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar. Installieren und starten Sie unter Linux einen Secret Service wie GNOME Keyring oder KWallet und melden Sie sich neu an; der Schlüssel wird nie ersatzweise in einer einfachen Datei abgelegt.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock the keychain (or allow mateo-import to use it) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Entsperren Sie den Schlüsselbund (oder erlauben Sie mateo-import den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Make sure the system keychain is running and unlocked (on Linux a Secret Service such as GNOME Keyring or KWallet), then try again.</source>
        <translation>Stellen Sie sicher, dass der Schlüsselbund des Systems läuft und entsperrt ist (unter Linux ein Secret Service wie GNOME Keyring oder KWallet), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The API key for %1 could not be read from the system keychain (%2). %3 Meanwhile, enter the key by hand, or set the environment variable MATEO_API_KEY for the command line.</source>
        <translation>Der API-Schlüssel für %1 konnte nicht aus dem Schlüsselbund des Systems gelesen werden (%2). %3 Geben Sie den Schlüssel bis dahin von Hand ein oder setzen Sie für die Befehlszeile die Umgebungsvariable MATEO_API_KEY.</translation>
    </message>
    <message>
        <source>The API key could not be stored in the system keychain (%1). %2 It is used for this session only.</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). %2 Er wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <source>The API key could not be removed from the system keychain (%1). %2</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1). %2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Phone numbers without country code are from:</source>
        <translation>Telefonnummern ohne Ländervorwahl stammen aus:</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standard-Telefonregion</translation>
    </message>
    <message>
        <source>&amp;Consent values…</source>
        <translation>&amp;Einwilligungswerte…</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Choose what each column becomes in Hellomateo. Columns set to &quot;Don&apos;t import&quot; are left out.</source>
        <translation>Wählen Sie, was jede Spalte in Hellomateo wird. Spalten mit „Nicht importieren“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>What the values of a channel column mean. The standard words (ja/nein, yes/no, x, 1/0, opt-in/opt-out) are known already.</source>
        <translation>Was die Werte einer Kanalspalte bedeuten. Die üblichen Wörter (ja/nein, yes/no, x, 1/0, opt-in/opt-out) sind schon bekannt.</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>The mapping names columns this file does not have: %1</source>
        <translation>Die Zuordnung nennt Spalten, die diese Datei nicht hat: %1</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>mapping.json</source>
        <translation>mapping.json</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>Zuordnung in %1 gespeichert.</translation>
    </message>
    <message>
        <source>also fits &quot;%1&quot;, which column &quot;%2&quot; got</source>
        <translation>passt auch zu „%1“, das Spalte „%2“ erhalten hat</translation>
    </message>
    <message>
        <source>Two columns are imported into the same field (marked red). Change one of them.</source>
        <translation>Zwei Spalten werden in dasselbe Feld importiert (rot markiert). Ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>Import at least one column as customer number, e-mail or phone number: Hellomateo uses it to recognise the contact.</source>
        <translation>Importieren Sie mindestens eine Spalte als Kundennummer, E-Mail oder Telefonnummer: Daran erkennt Hellomateo den Kontakt.</translation>
    </message>
    <message>
        <source>Loading the account&apos;s own fields and channels…</source>
        <translation>Die eigenen Felder und Kanäle des Kontos werden geladen…</translation>
    </message>
    <message>
        <source>The account&apos;s own fields and channels could not be loaded: %1</source>
        <translation>Die eigenen Felder und Kanäle des Kontos konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with data will not be imported: %1. Choose a field for them if they belong in Hellomateo.</source>
        <translation>
            <numerusform>%n Spalte mit Daten wird nicht importiert: %1. Wählen Sie ein Feld dafür, wenn sie nach Hellomateo gehört.</numerusform>
            <numerusform>%n Spalten mit Daten werden nicht importiert: %1. Wählen Sie ein Feld dafür, wenn sie nach Hellomateo gehören.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>a profile is a JSON object with &quot;version&quot; and &quot;columns&quot;</source>
        <translation>ein Profil ist ein JSON-Objekt mit &quot;version&quot; und &quot;columns&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the number 1</source>
        <translation>&quot;version&quot; muss die Zahl 1 sein</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an array of objects, each with a &quot;header&quot; and a &quot;target&quot;</source>
        <translation>&quot;columns&quot; muss eine Liste von Objekten sein, jedes mit &quot;header&quot; und &quot;target&quot;</translation>
    </message>
    <message>
        <source>columns[%1] is not an object; each entry is {&quot;header&quot;: ..., &quot;target&quot;: ...}</source>
        <translation>columns[%1] ist kein Objekt; jeder Eintrag hat die Form {&quot;header&quot;: ..., &quot;target&quot;: ...}</translation>
    </message>
    <message>
        <source>profile version %1 is newer than this program understands (1); update mateo-import</source>
        <translation>Profilversion %1 ist neuer, als dieses Programm versteht (1); aktualisieren Sie mateo-import</translation>
    </message>
    <message>
        <source>&quot;source_timezone&quot;: &quot;%1&quot; is not a known IANA time zone (e.g. Europe/Berlin)</source>
        <translation>&quot;source_timezone&quot;: &quot;%1&quot; ist keine bekannte IANA-Zeitzone (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <source>&quot;dst_gap&quot; must be &quot;error&quot; or &quot;shift_forward&quot;, not &quot;%1&quot;</source>
        <translation>&quot;dst_gap&quot; muss &quot;error&quot; oder &quot;shift_forward&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;dst_overlap&quot; must be &quot;error&quot;, &quot;earlier&quot; or &quot;later&quot;, not &quot;%1&quot;</source>
        <translation>&quot;dst_overlap&quot; muss &quot;error&quot;, &quot;earlier&quot; oder &quot;later&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>columns[%1] has no &quot;header&quot;; every column entry names the header it maps</source>
        <translation>columns[%1] hat keinen &quot;header&quot;; jeder Spalteneintrag nennt die Überschrift, die er zuordnet</translation>
    </message>
    <message>
        <source>%1: cannot open the profile (%2).</source>
        <translation>%1: Das Profil kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1: %2. Fix the profile or save it again from the wizard.</source>
        <translation>%1: %2. Korrigieren Sie das Profil oder speichern Sie es erneut aus dem Assistenten.</translation>
    </message>
    <message>
        <source>%1: cannot write the profile (%2).</source>
        <translation>%1: Das Profil kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source> in &quot;source&quot;</source>
        <translation> in &quot;source&quot;</translation>
    </message>
    <message>
        <source> in columns[%1]</source>
        <translation> in columns[%1]</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;%2 is ignored; did you mean &quot;%3&quot;?</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;%2 wird ignoriert; meinten Sie &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;%2 is ignored</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;%2 wird ignoriert</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>the number was turned into scientific notation by Excel and lost digits; format the column as text in Excel and export again</source>
        <translation>Excel hat die Nummer in wissenschaftliche Schreibweise umgewandelt und dabei Ziffern verloren; formatieren Sie die Spalte in Excel als Text und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>not a valid phone number for its country; check the digits and the country code</source>
        <translation>keine gültige Telefonnummer für ihr Land; prüfen Sie die Ziffern und die Ländervorwahl</translation>
    </message>
    <message>
        <source>not a phone number; write it with country code, e.g. +49 171 2345678</source>
        <translation>keine Telefonnummer; schreiben Sie sie mit Ländervorwahl, z. B. +49 171 2345678</translation>
    </message>
</context>
<context>
    <name>PhoneNumberCheck</name>
    <message>
        <source>Phone numbers (libphonenumber)</source>
        <translation>Telefonnummern (libphonenumber)</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1 (erwartet: %2)</translation>
    </message>
</context>
<context>
    <name>PlatformPluginCheck</name>
    <message>
        <source>Qt platform plugin</source>
        <translation>Qt-Plattform-Plugin</translation>
    </message>
    <message>
        <source>the probe did not finish: %1</source>
        <translation>der Testprozess endete nicht: %1</translation>
    </message>
    <message>
        <source>offscreen did not load: %1</source>
        <translation>offscreen wurde nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>PracticeSample</name>
    <message>
        <source>Could not write the practice sample to %1: %2. Check that the folder is writable.</source>
        <translation>Das Übungsbeispiel konnte nicht nach %1 geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>Column &quot;%1&quot; -&gt; %2: %3</source>
        <translation>Spalte „%1“ -&gt; %2: %3</translation>
    </message>
    <message>
        <source>the account has no custom field &quot;%1&quot;. Create the field in Hellomateo (Settings -&gt; Custom fields), or change the mapping.</source>
        <translation>Das Konto hat kein benutzerdefiniertes Feld „%1“. Legen Sie das Feld in Hellomateo an (Einstellungen -&gt; Benutzerdefinierte Felder) oder ändern Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>the account has no marketing channel &quot;%1&quot;. Create the channel in Hellomateo, or change the mapping.</source>
        <translation>Das Konto hat keinen Marketingkanal „%1“. Legen Sie den Kanal in Hellomateo an oder ändern Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>the custom field &quot;%1&quot; is of type %2 in the account, but the profile sends %3 values, which it cannot store. Change the field&apos;s type in Hellomateo, or change the mapping (remove &quot;type&quot; to convert the column as %2).</source>
        <translation>Das benutzerdefinierte Feld „%1“ hat im Konto den Typ %2, das Profil sendet aber Werte vom Typ %3, die es nicht speichern kann. Ändern Sie den Typ des Felds in Hellomateo oder die Zuordnung (ohne „type“ wird die Spalte als %2 umgewandelt).</translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>what an import would change, before sending: FILE --profile P.json --api-url URL</source>
        <translation>was ein Import ändern würde, vor dem Senden: DATEI --profile P.json --api-url URL</translation>
    </message>
    <message>
        <source>Looks up the contacts the file&apos;s identifiers belong to and predicts, row by row, what an import would do: create a contact, update one (which values), leave it unchanged, or fail because its identifiers belong to different contacts. Nothing is imported. The lookups cost requests of the daily budget: the cost is shown first, and --max-requests caps it.
Exit codes: 0 no row would fail, 1 some rows would conflict or be refused, 2 usage, unreadable input or a mapping that does not fit the account, 3 connection or authentication failure.</source>
        <translation>Schlägt die Kontakte nach, denen die Kennungen der Datei gehören, und sagt Zeile für Zeile voraus, was ein Import täte: einen Kontakt anlegen, einen aktualisieren (welche Werte), ihn unverändert lassen oder scheitern, weil die Kennungen verschiedenen Kontakten gehören. Nichts wird importiert. Das Nachschlagen kostet Anfragen des Tagesbudgets: Die Kosten werden zuerst gezeigt, --max-requests begrenzt sie.
Exit-Codes: 0 keine Zeile würde scheitern, 1 manche Zeilen hätten einen Konflikt oder würden abgelehnt, 2 Bedienfehler, unlesbare Eingabe oder eine Zuordnung, die nicht zum Konto passt, 3 Verbindungs- oder Anmeldefehler.</translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation>Die Kontaktdatei (.csv, .txt, .tsv, .xlsx).</translation>
    </message>
    <message>
        <source>The mapping profile (JSON).</source>
        <translation>Das Zuordnungsprofil (JSON).</translation>
    </message>
    <message>
        <source>The API base URL, e.g. https://integration.getmateo.com/api/v1.</source>
        <translation>Die Basis-URL der API, z. B. https://integration.getmateo.com/api/v1.</translation>
    </message>
    <message>
        <source>Print the preview as JSON (the cost goes to stderr).</source>
        <translation>Die Vorschau als JSON ausgeben (die Kosten gehen nach stderr).</translation>
    </message>
    <message>
        <source>Folder of the import journal, where today&apos;s request usage is counted (default: MATEO_DATA_DIR or the app data folder).</source>
        <translation>Ordner des Import-Journals, in dem die heutigen Anfragen gezählt werden (Standard: MATEO_DATA_DIR oder der Datenordner der App).</translation>
    </message>
    <message>
        <source>Your organisation&apos;s daily request limit (default 10000).</source>
        <translation>Das tägliche Anfragenlimit Ihrer Organisation (Standard 10000).</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 60).</source>
        <translation>Sekunden ohne Daten, bevor eine Anfrage scheitert (Standard 60).</translation>
    </message>
    <message>
        <source>needs FILE, --profile P.json and --api-url URL</source>
        <translation>braucht DATEI, --profile P.json und --api-url URL</translation>
    </message>
    <message>
        <source>--daily-requests and --timeout take positive whole numbers</source>
        <translation>--daily-requests und --timeout erwarten positive ganze Zahlen</translation>
    </message>
</context>
<context>
    <name>PreviewRunner</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The preview stopped at its limit of %n request(s).</source>
        <translation>
            <numerusform>Die Vorschau hat an ihrer Grenze von %n Anfrage angehalten.</numerusform>
            <numerusform>Die Vorschau hat an ihrer Grenze von %n Anfragen angehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSourceFactory</name>
    <message>
        <source>%1: no such file. Check the path.</source>
        <translation>%1: Diese Datei gibt es nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file. Choose a CSV, TXT or .xlsx file inside it.</source>
        <translation>%1: ist ein Ordner, keine Datei. Wählen Sie darin eine CSV-, TXT- oder .xlsx-Datei.</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a pipe, device or socket). Save the table as a file and choose that.</source>
        <translation>%1: ist keine normale Datei (eine Pipe, ein Gerät oder ein Socket). Speichern Sie die Tabelle als Datei und wählen Sie diese.</translation>
    </message>
    <message>
        <source>%1: you are not allowed to read this file. Copy it somewhere you own or ask for read permission.</source>
        <translation>%1: Sie dürfen diese Datei nicht lesen. Kopieren Sie sie an einen eigenen Ort oder bitten Sie um Leserechte.</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes). Export the table again.</source>
        <translation>%1: Die Datei ist leer (0 Byte). Exportieren Sie die Tabelle erneut.</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2). Check that you may read it.</source>
        <translation>%1: lässt sich nicht öffnen (%2). Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1: nothing could be read (%2). Check the file.</source>
        <translation>%1: Es konnte nichts gelesen werden (%2). Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1: this is %2, not a table. Choose a CSV, TXT or .xlsx file.</source>
        <translation>%1: Das ist %2, keine Tabelle. Wählen Sie eine CSV-, TXT- oder .xlsx-Datei.</translation>
    </message>
</context>
<context>
    <name>RestoreSessionBanner</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Start &amp;fresh</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Restore the unfinished work</source>
        <translation>Die unfertige Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Start fresh and forget the unfinished work</source>
        <translation>Neu beginnen und die unfertige Arbeit verwerfen</translation>
    </message>
    <message>
        <source>The wizard was not closed last time. Your work on &quot;%1&quot; from %2 was kept: the file, how it is read and its mapping.</source>
        <translation>Der Assistent wurde beim letzten Mal nicht geschlossen. Ihre Arbeit an „%1“ vom %2 wurde aufbewahrt: die Datei, wie sie gelesen wird, und ihre Zuordnung.</translation>
    </message>
    <message numerus="yes">
        <source>It includes %n fix(es) you typed.</source>
        <translation>
            <numerusform>Dazu gehört %n Korrektur, die Sie eingegeben haben.</numerusform>
            <numerusform>Dazu gehören %n Korrekturen, die Sie eingegeben haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Show failed rows with error</source>
        <translation>Fehlgeschlagene Zeilen mit Fehler anzeigen</translation>
    </message>
    <message>
        <source>Search failed rows</source>
        <translation>Fehlgeschlagene Zeilen durchsuchen</translation>
    </message>
    <message>
        <source>Search line, value or message</source>
        <translation>Zeile, Wert oder Meldung suchen</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation>Fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <source>C&amp;opy selected rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export failed rows…</source>
        <translation>Fehlgeschlagene Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import the fixed file…</source>
        <translation>Korrigierte Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>What was imported, and every row that was not — with the reason and what to do.</source>
        <translation>Was importiert wurde, und jede Zeile, die nicht importiert wurde — mit Grund und was zu tun ist.</translation>
    </message>
    <message>
        <source>Choose the fixed file</source>
        <translation>Korrigierte Datei auswählen</translation>
    </message>
    <message>
        <source>Contact lists (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Kontaktlisten (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <source>No import has run in this window yet.</source>
        <translation>In diesem Fenster wurde noch kein Import ausgeführt.</translation>
    </message>
    <message>
        <source>The import job %1 is not in the journal %2.</source>
        <translation>Der Importauftrag %1 ist nicht im Journal %2.</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>Export the failed rows, fix them in Excel, then import the fixed file.</source>
        <translation>Exportieren Sie die fehlgeschlagenen Zeilen, korrigieren Sie sie in Excel und importieren Sie dann die korrigierte Datei.</translation>
    </message>
    <message>
        <source>Export failed rows</source>
        <translation>Fehlgeschlagene Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1. Fix the rows there, then use &quot;Import the fixed file&quot;.</source>
        <translation>Nach %1 exportiert. Korrigieren Sie die Zeilen dort und verwenden Sie dann „Korrigierte Datei importieren“.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file:</source>
        <translation>
            <numerusform>%n Zeile in der Datei:</numerusform>
            <numerusform>%n Zeilen in der Datei:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported,</source>
        <translation>
            <numerusform>%n importiert,</numerusform>
            <numerusform>%n importiert,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed on the server,</source>
        <translation>
            <numerusform>%n auf dem Server fehlgeschlagen,</numerusform>
            <numerusform>%n auf dem Server fehlgeschlagen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because of errors.</source>
        <translation>
            <numerusform>%n wegen Fehlern nicht gesendet.</numerusform>
            <numerusform>%n wegen Fehlern nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are still being processed by the server.</source>
        <translation>
            <numerusform>%n Zeile wird noch vom Server verarbeitet.</numerusform>
            <numerusform>%n Zeilen werden noch vom Server verarbeitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not sent because the import was cancelled.</source>
        <translation>
            <numerusform>%n Zeile wurde nicht gesendet, weil der Import abgebrochen wurde.</numerusform>
            <numerusform>%n Zeilen wurden nicht gesendet, weil der Import abgebrochen wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not sent yet; resume the import from the first page.</source>
        <translation>
            <numerusform>%n Zeile ist noch nicht gesendet; setzen Sie den Import auf der ersten Seite fort.</numerusform>
            <numerusform>%n Zeilen sind noch nicht gesendet; setzen Sie den Import auf der ersten Seite fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All failed rows (%n)</source>
        <translation>
            <numerusform>Alle fehlgeschlagenen Zeilen (%n)</numerusform>
            <numerusform>Alle fehlgeschlagenen Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n Zeile)</numerusform>
            <numerusform>%1 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 von %n Zeile</numerusform>
            <numerusform>%1 von %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (not sent, for the reason in the list).</source>
        <translation>
            <numerusform>%n Zeile übersprungen (nicht gesendet, aus dem Grund in der Liste).</numerusform>
            <numerusform>%n Zeilen übersprungen (nicht gesendet, aus dem Grund in der Liste).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>continue every unfinished import (after a crash, a kill or the daily limit)</source>
        <translation>jeden nicht abgeschlossenen Import fortsetzen (nach einem Absturz, einem Abbruch oder dem Tageslimit)</translation>
    </message>
    <message>
        <source>Continues every unfinished journaled import, oldest first. Batches whose answer was lost are checked with the server first: nothing is sent twice.</source>
        <translation>Setzt jeden nicht abgeschlossenen, protokollierten Import fort, den ältesten zuerst. Pakete, deren Antwort verloren ging, werden zuerst beim Server geprüft: Nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Use this API base URL instead of the one the job was started with.</source>
        <translation>Diese API-Basis-URL statt der beim Start des Auftrags verwendeten nutzen.</translation>
    </message>
    <message>
        <source>Resume only this job id.</source>
        <translation>Nur diesen Auftrag (ID) fortsetzen.</translation>
    </message>
    <message>
        <source>Continue even if the source file changed since the job started (the rows are sent as they were read then).</source>
        <translation>Auch fortsetzen, wenn sich die Quelldatei seit dem Start des Auftrags geändert hat (die Zeilen werden so gesendet, wie sie damals gelesen wurden).</translation>
    </message>
    <message>
        <source>Nothing to resume: no unfinished import in %1.</source>
        <translation>Nichts fortzusetzen: kein nicht abgeschlossener Import in %1.</translation>
    </message>
    <message>
        <source>Job %1: the source file changed since the import started (%2). Nothing was sent. Import the new file with &quot;mateo-import run&quot;, or continue with the rows as first read: &quot;mateo-import resume --job %1 --accept-changed-source&quot;.</source>
        <translation>Auftrag %1: Die Quelldatei hat sich seit dem Start des Imports geändert (%2). Es wurde nichts gesendet. Importieren Sie die neue Datei mit „mateo-import run“ oder fahren Sie mit den zuerst gelesenen Zeilen fort: „mateo-import resume --job %1 --accept-changed-source“.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Checking progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung stoppen</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Show problems of kind</source>
        <translation>Probleme dieser Art anzeigen</translation>
    </message>
    <message>
        <source>Search problems</source>
        <translation>Probleme durchsuchen</translation>
    </message>
    <message>
        <source>Search line, column, value or message</source>
        <translation>Zeile, Spalte, Wert oder Meldung suchen</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Zeilen mit Problemen</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Times in the file without a zone were written in:</source>
        <translation>Zeiten ohne Zone in der Datei wurden geschrieben in:</translation>
    </message>
    <message>
        <source>Source time zone</source>
        <translation>Quell-Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Use this time zone</source>
        <translation>Diese Zeitzone &amp;verwenden</translation>
    </message>
    <message>
        <source>Date and time columns</source>
        <translation>Datums- und Zeitspalten</translation>
    </message>
    <message>
        <source>&amp;Dates like 03/04 mean:</source>
        <translation>&amp;Datumsangaben wie 03/04 bedeuten:</translation>
    </message>
    <message>
        <source>Day and month order</source>
        <translation>Reihenfolge von Tag und Monat</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Zeilen mit Fehlern</translation>
    </message>
    <message>
        <source>S&amp;kip them; they come back as a file to fix on the results page</source>
        <translation>Ü&amp;berspringen; sie kommen auf der Ergebnisseite als Datei zum Korrigieren zurück</translation>
    </message>
    <message>
        <source>&amp;Fix them here (double-click a value; your file is not changed)</source>
        <translation>Hier &amp;korrigieren (Wert doppelklicken; Ihre Datei wird nicht geändert)</translation>
    </message>
    <message>
        <source>&amp;Check the corrections</source>
        <translation>Korrekturen p&amp;rüfen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Every row was checked; nothing has been sent yet. Look at the problems and the time zone.</source>
        <translation>Jede Zeile wurde geprüft; es wurde noch nichts gesendet. Sehen Sie sich die Probleme und die Zeitzone an.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>Without offset</source>
        <translation>Ohne Zeitversatz</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation>Bitte wählen…</translation>
    </message>
    <message>
        <source>Day before month (03/04 = 3 April)</source>
        <translation>Tag vor Monat (03/04 = 3. April)</translation>
    </message>
    <message>
        <source>Month before day (03/04 = March 4)</source>
        <translation>Monat vor Tag (03/04 = 4. März)</translation>
    </message>
    <message>
        <source>Check the corrections before importing.</source>
        <translation>Prüfen Sie die Korrekturen vor dem Importieren.</translation>
    </message>
    <message>
        <source>Confirm the time zone on the Time zone tab before importing.</source>
        <translation>Bestätigen Sie vor dem Importieren die Zeitzone auf der Registerkarte „Zeitzone“.</translation>
    </message>
    <message>
        <source>Choose the day and month order on the Time zone tab before importing.</source>
        <translation>Wählen Sie vor dem Importieren auf der Registerkarte „Zeitzone“ die Reihenfolge von Tag und Monat.</translation>
    </message>
    <message>
        <source>The mapping has errors (see the list). Go back and change it.</source>
        <translation>Die Zuordnung enthält Fehler (siehe Liste). Gehen Sie zurück und ändern Sie sie.</translation>
    </message>
    <message>
        <source>No row can be imported as it is. Fix the problems or go back to the mapping.</source>
        <translation>Keine Zeile kann so importiert werden. Beheben Sie die Probleme oder gehen Sie zurück zur Zuordnung.</translation>
    </message>
    <message>
        <source>Every row was checked; nothing has been sent yet.</source>
        <translation>Jede Zeile wurde geprüft; es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Checking was stopped. Nothing can be imported until every row is checked.</source>
        <translation>Die Prüfung wurde gestoppt. Es kann nichts importiert werden, bevor nicht jede Zeile geprüft ist.</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>%1 — date only, sent as written, never shifted</source>
        <translation>%1 — nur Datum, wird wie geschrieben gesendet, nie verschoben</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; — times in the spring-forward gap (they do not exist): %2 (line numbers: %3).</source>
        <translation>„%1“ — Uhrzeiten in der Lücke der Sommerzeitumstellung (es gibt sie nicht): %2 (Zeilennummern: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; — times in the autumn overlap (they exist twice): %2 (line numbers: %3).</source>
        <translation>„%1“ — Uhrzeiten in der doppelten Stunde der Winterzeitumstellung (es gibt sie zweimal): %2 (Zeilennummern: %3).</translation>
    </message>
    <message>
        <source>No date or time columns are imported.</source>
        <translation>Es werden keine Datums- oder Zeitspalten importiert.</translation>
    </message>
    <message>
        <source>Times without a zone are read as %1 time and sent with their offset.</source>
        <translation>Zeiten ohne Zone werden als Zeit in %1 gelesen und mit ihrem Versatz gesendet.</translation>
    </message>
    <message>
        <source>Daily limits: %1 contacts and %2 requests; used today: %3 contacts, %4 requests.</source>
        <translation>Tageslimits: %1 Kontakte und %2 Anfragen; heute verbraucht: %3 Kontakte, %4 Anfragen.</translation>
    </message>
    <message>
        <source>%1 rows with errors are not sent; they are listed on the results page and can be exported to fix.</source>
        <translation>%1 Zeilen mit Fehlern werden nicht gesendet; sie stehen auf der Ergebnisseite und können zum Korrigieren exportiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>All problems (%n)</source>
        <translation>
            <numerusform>Alle Probleme (%n)</numerusform>
            <numerusform>Alle Probleme (%n)</numerusform>
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
            <numerusform>%n Zeile geprüft:</numerusform>
            <numerusform>%n Zeilen geprüft:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported,</source>
        <translation>
            <numerusform>%n kann importiert werden,</numerusform>
            <numerusform>%n können importiert werden,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) with a time have no time zone. Hellomateo would read them as UTC, which shifts them by hours. Choose the zone they were written in (the computer&apos;s zone, %1, is assumed until you confirm).</source>
        <translation>
            <numerusform>%n Datum mit Uhrzeit hat keine Zeitzone. Hellomateo würde es als UTC lesen und damit um Stunden verschieben. Wählen Sie die Zeitzone, in der es geschrieben wurde (bis zur Bestätigung wird die Zeitzone des Computers angenommen: %1).</numerusform>
            <numerusform>%n Daten mit Uhrzeit haben keine Zeitzone. Hellomateo würde sie als UTC lesen und damit um Stunden verschieben. Wählen Sie die Zeitzone, in der sie geschrieben wurden (bis zur Bestätigung wird die Zeitzone des Computers angenommen: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n problem(s)</source>
        <translation>
            <numerusform>%1 von %n Problem</numerusform>
            <numerusform>%1 von %n Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>(the list holds the first %1 of %2; every row with an error is still counted and listed on the results page)</source>
        <translation>(die Liste enthält die ersten %1 von %2; jede Zeile mit Fehler wird trotzdem gezählt und auf der Ergebnisseite aufgeführt)</translation>
    </message>
    <message>
        <source>The mapping does not fit this account (see &quot;Before you send&quot;). Go back and change it, or create the fields in Hellomateo.</source>
        <translation>Die Zuordnung passt nicht zu diesem Konto (siehe „Vor dem Senden“). Gehen Sie zurück und ändern Sie sie, oder legen Sie die Felder in Hellomateo an.</translation>
    </message>
    <message>
        <source>The import mode needs the preview: run &quot;Preview changes&quot; before importing.</source>
        <translation>Der Importmodus braucht die Vorschau: Starten Sie „Änderungen vorab ansehen“ vor dem Import.</translation>
    </message>
    <message numerus="yes">
        <source>%n with errors,</source>
        <translation>
            <numerusform>%n mit Fehlern,</numerusform>
            <numerusform>%n mit Fehlern,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (nothing to send).</source>
        <translation>
            <numerusform>%n übersprungen (nichts zu senden).</numerusform>
            <numerusform>%n übersprungen (nichts zu senden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with nothing to send are skipped; the results page lists them too.</source>
        <translation>
            <numerusform>%n Zeile ohne zu sendende Werte wird übersprungen; die Ergebnisseite führt sie ebenfalls auf.</numerusform>
            <numerusform>%n Zeilen ohne zu sendende Werte werden übersprungen; die Ergebnisseite führt sie ebenfalls auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors.</source>
        <translation>
            <numerusform>%n mit Fehlern.</numerusform>
            <numerusform>%n mit Fehlern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowChangeLog</name>
    <message>
        <source>Import journal in %1: %2 failed (%3). Check free disk space.</source>
        <translation>Importprotokoll in %1: %2 fehlgeschlagen (%3). Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>preparing the table</source>
        <translation>Anlegen der Tabelle</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>saving the changes of line %1</source>
        <translation>Speichern der Änderungen von Zeile %1</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>reading the changes</source>
        <translation>Lesen der Änderungen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>column &quot;%1&quot; is mapped to &quot;%2&quot;, which is neither a contact field nor a known custom field or channel; pick another target or add &quot;type&quot; for a custom field</source>
        <translation>Spalte „%1“ ist „%2“ zugeordnet, das weder ein Kontaktfeld noch ein bekanntes benutzerdefiniertes Feld oder ein Kanal ist; wählen Sie ein anderes Ziel oder ergänzen Sie &quot;type&quot; für ein benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; are both mapped to %3, which holds one value; map one of them to another target or to nothing</source>
        <translation>die Spalten „%1“ und „%2“ sind beide %3 zugeordnet, das nur einen Wert aufnimmt; ordnen Sie eine davon einem anderen Ziel oder keinem zu</translation>
    </message>
    <message>
        <source>the source time zone &quot;%1&quot; is unknown; set &quot;source_timezone&quot; to an IANA name such as Europe/Berlin</source>
        <translation>die Quell-Zeitzone „%1“ ist unbekannt; setzen Sie &quot;source_timezone&quot; auf einen IANA-Namen wie Europe/Berlin</translation>
    </message>
    <message>
        <source>the profile maps a column &quot;%1&quot; that this file does not have; its data will be missing — check the file or update the profile</source>
        <translation>das Profil ordnet eine Spalte „%1“ zu, die diese Datei nicht hat; ihre Daten werden fehlen — prüfen Sie die Datei oder aktualisieren Sie das Profil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be a thousand or a decimal number; set the column&apos;s decimal mark (&quot;,&quot; or &quot;.&quot;)</source>
        <translation>„%1“ könnte eine Tausender- oder eine Dezimalzahl sein; legen Sie das Dezimalzeichen der Spalte fest (&quot;,&quot; oder &quot;.&quot;)</translation>
    </message>
    <message>
        <source>not a number this program can read; write it like 1234,56 or 1234.56, or set the column&apos;s decimal mark</source>
        <translation>keine Zahl, die dieses Programm lesen kann; schreiben Sie sie wie 1234,56 oder 1234.56 oder legen Sie das Dezimalzeichen der Spalte fest</translation>
    </message>
    <message>
        <source>not a yes/no value; use ja/nein, yes/no, true/false or 1/0</source>
        <translation>kein Ja/Nein-Wert; verwenden Sie ja/nein, yes/no, true/false oder 1/0</translation>
    </message>
    <message>
        <source>unknown consent value; add it to the column&apos;s value table as accepted, declined or requested</source>
        <translation>unbekannter Einwilligungswert; tragen Sie ihn in die Wertetabelle der Spalte als accepted, declined oder requested ein</translation>
    </message>
    <message>
        <source>the cell holds the control character U+%1, which no text field allows; the file is damaged here (e.g. binary data after the table) — check the file and export it again</source>
        <translation>die Zelle enthält das Steuerzeichen U+%1, das in keinem Textfeld erlaubt ist; die Datei ist hier beschädigt (z. B. Binärdaten nach der Tabelle) — prüfen Sie die Datei und exportieren Sie sie neu</translation>
    </message>
    <message>
        <source>this row is longer than 64 MB, so only its start was read; it is not imported. Check the file here for a missing line break or binary data</source>
        <translation>diese Zeile ist länger als 64 MB, daher wurde nur ihr Anfang gelesen; sie wird nicht importiert. Prüfen Sie die Datei an dieser Stelle auf einen fehlenden Zeilenumbruch oder Binärdaten</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>import a file into Hellomateo (journaled, resumable)</source>
        <translation>eine Datei in Hellomateo importieren (protokolliert, fortsetzbar)</translation>
    </message>
    <message>
        <source>Imports FILE into Hellomateo in quota-aware batches. Every step is journaled: after a crash, a kill or the daily limit, &quot;mateo-import resume&quot; continues without sending anything twice. The API key comes from MATEO_API_KEY or the keychain.</source>
        <translation>Importiert FILE in Hellomateo in Paketen, die das Kontingent beachten. Jeder Schritt wird protokolliert: Nach einem Absturz, einem Abbruch oder dem Tageslimit setzt „mateo-import resume“ fort, ohne etwas doppelt zu senden. Der API-Schlüssel stammt aus MATEO_API_KEY oder dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation>Die Kontaktdatei (.csv, .txt, .tsv, .xlsx).</translation>
    </message>
    <message>
        <source>The mapping profile (JSON).</source>
        <translation>Das Zuordnungsprofil (JSON).</translation>
    </message>
    <message>
        <source>The API base URL, e.g. https://integration.getmateo.com/api/v1.</source>
        <translation>Die API-Basis-URL, z. B. https://integration.getmateo.com/api/v1.</translation>
    </message>
    <message>
        <source>Contacts per import (default: the profile&apos;s, else 1000).</source>
        <translation>Kontakte pro Import (Standard: der Wert des Profils, sonst 1000).</translation>
    </message>
    <message>
        <source>mateo-import run: needs FILE, --profile P.json and --api-url URL. Example: mateo-import run contacts.csv --profile contacts.json --api-url https://integration.getmateo.com/api/v1</source>
        <translation>mateo-import run: braucht FILE, --profile P.json und --api-url URL. Beispiel: mateo-import run contacts.csv --profile contacts.json --api-url https://integration.getmateo.com/api/v1</translation>
    </message>
    <message>
        <source>mateo-import run: --batch-size takes a positive whole number.</source>
        <translation>mateo-import run: --batch-size erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>An unfinished import of this file exists (job %1, started %2); continuing it.</source>
        <translation>Es gibt einen nicht abgeschlossenen Import dieser Datei (Auftrag %1, gestartet %2); er wird fortgesetzt.</translation>
    </message>
    <message>
        <source>%1: profile: %2</source>
        <translation>%1: Profil: %2</translation>
    </message>
    <message>
        <source>Import the file even if it was already imported with this profile into this account.</source>
        <translation>Die Datei auch dann importieren, wenn sie mit diesem Profil bereits in dieses Konto importiert wurde.</translation>
    </message>
    <message>
        <source>mateo-import run: %1 was already imported with this profile into %2: job %3 on %4 UTC (%L5 rows imported). Nothing was sent. To import it again anyway, add --again.</source>
        <translation>mateo-import run: %1 wurde mit diesem Profil bereits in %2 importiert: Auftrag %3 am %4 UTC (%L5 Zeilen importiert). Es wurde nichts gesendet. Um sie trotzdem erneut zu importieren, fügen Sie --again hinzu.</translation>
    </message>
</context>
<context>
    <name>SameFile</name>
    <message>
        <source>%1 is the same file as the input %2; writing there would overwrite it. Choose another output file.</source>
        <translation>%1 ist dieselbe Datei wie die Eingabe %2; dorthin zu schreiben würde sie überschreiben. Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
</context>
<context>
    <name>SandboxCheck</name>
    <message>
        <source>Practice sandbox</source>
        <translation>Übungs-Sandbox</translation>
    </message>
    <message>
        <source>%1 did not report its address within %2 s</source>
        <translation>%1 hat seine Adresse nicht innerhalb von %2 s gemeldet</translation>
    </message>
    <message>
        <source>%1 started but answered %2 instead of 401 (no API key)</source>
        <translation>%1 startete, antwortete aber %2 statt 401 (ohne API-Schlüssel)</translation>
    </message>
    <message>
        <source>%1 answered on %2</source>
        <translation>%1 antwortete auf %2</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>The practice sandbox could not be started (%1): %2. Reinstall mateo-import or connect to Hellomateo with an API key instead.</source>
        <translation>Die Übungs-Sandbox konnte nicht gestartet werden (%1): %2. Installieren Sie mateo-import neu oder verbinden Sie sich stattdessen mit einem API-Schlüssel mit Hellomateo.</translation>
    </message>
    <message>
        <source>The practice sandbox stopped before it was ready (exit code %1): %2</source>
        <translation>Die Übungs-Sandbox wurde beendet, bevor sie bereit war (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>SavedSession</name>
    <message>
        <source>The saved work cannot be read.</source>
        <translation>Die aufbewahrte Arbeit kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>%1 %2 self-test</source>
        <translation>%1 %2 Selbsttest</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks passed.</source>
        <translation>
            <numerusform>%n Prüfung war erfolgreich.</numerusform>
            <numerusform>Alle %n Prüfungen waren erfolgreich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n Prüfung ist fehlgeschlagen.</numerusform>
            <numerusform>%n Prüfungen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Results of an import in the account</source>
        <translation>Ergebnisse eines Imports im Konto</translation>
    </message>
    <message>
        <source>%1 contacts: %2 imported, %3 failed.</source>
        <translation>%1 Kontakte: %2 importiert, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server is still processing %1 of them; open it again later.</source>
        <translation>Der Server verarbeitet noch %1 davon; öffnen Sie den Import später erneut.</translation>
    </message>
    <message>
        <source>Sent from this computer: the rows are shown with their lines and cells in %1.</source>
        <translation>Von diesem Computer gesendet: Die Zeilen werden mit ihren Zeilennummern und Zellen aus %1 gezeigt.</translation>
    </message>
    <message>
        <source>Source lines are known only for imports started on this computer (see &quot;On this computer&quot;).</source>
        <translation>Quellzeilen sind nur für Importe bekannt, die auf diesem Computer gestartet wurden (siehe „Auf diesem Computer“).</translation>
    </message>
    <message>
        <source>Import totals</source>
        <translation>Import-Summen</translation>
    </message>
    <message>
        <source>Failed rows of the import</source>
        <translation>Fehlgeschlagene Zeilen des Imports</translation>
    </message>
</context>
<context>
    <name>SourceFingerprint</name>
    <message>
        <source>%1: cannot read the file (%2). Check that it exists and that you may read it.</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2). Prüfen Sie, ob sie existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1: reading failed (%2). Copy the file to a local disk and try again.</source>
        <translation>%1: Das Lesen ist fehlgeschlagen (%2). Kopieren Sie die Datei auf ein lokales Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the file %1 can no longer be read</source>
        <translation>die Datei %1 kann nicht mehr gelesen werden</translation>
    </message>
    <message>
        <source>size %1 → %2 bytes</source>
        <translation>Größe %1 → %2 Byte</translation>
    </message>
    <message>
        <source>modified %1 → %2</source>
        <translation>geändert %1 → %2</translation>
    </message>
    <message>
        <source>same size and time, but different content</source>
        <translation>gleiche Größe und Zeit, aber anderer Inhalt</translation>
    </message>
</context>
<context>
    <name>SqliteCheck</name>
    <message>
        <source>SQLite database driver</source>
        <translation>SQLite-Datenbanktreiber</translation>
    </message>
    <message>
        <source>QSQLITE did not open an in-memory database: %1</source>
        <translation>QSQLITE konnte keine Datenbank im Arbeitsspeicher öffnen: %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>list journaled imports and what is left of them</source>
        <translation>protokollierte Importe auflisten und was davon übrig ist</translation>
    </message>
    <message>
        <source>Lists unfinished imports (with --all, every import) from the journal.</source>
        <translation>Listet nicht abgeschlossene Importe (mit --all alle Importe) aus dem Journal auf.</translation>
    </message>
    <message>
        <source>Folder of the import journal.</source>
        <translation>Ordner des Import-Journals.</translation>
    </message>
    <message>
        <source>Also list finished and cancelled imports.</source>
        <translation>Auch abgeschlossene und abgebrochene Importe auflisten.</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;jobs&quot;: [...]}.</source>
        <translation>JSON ausgeben: {&quot;jobs&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Only this job.</source>
        <translation>Nur dieser Auftrag.</translation>
    </message>
    <message>
        <source>With --job: write that job&apos;s failed rows to FILE (CSV).</source>
        <translation>Mit --job: die fehlgeschlagenen Zeilen dieses Auftrags in FILE (CSV) schreiben.</translation>
    </message>
    <message>
        <source>mateo-import status: no job %1 in %2. Run &quot;mateo-import status --all&quot; for the list.</source>
        <translation>mateo-import status: kein Auftrag %1 in %2. Führen Sie „mateo-import status --all“ aus, um die Liste zu sehen.</translation>
    </message>
    <message>
        <source>mateo-import status: --failed-rows needs --job ID.</source>
        <translation>mateo-import status: --failed-rows braucht --job ID.</translation>
    </message>
    <message>
        <source>Job %1 has no failed rows.</source>
        <translation>Auftrag %1 hat keine fehlgeschlagenen Zeilen.</translation>
    </message>
    <message>
        <source>Failed rows written to %1</source>
        <translation>Fehlgeschlagene Zeilen nach %1 geschrieben</translation>
    </message>
    <message>
        <source>No unfinished imports in %1.</source>
        <translation>Keine nicht abgeschlossenen Importe in %1.</translation>
    </message>
    <message>
        <source>Job %1  %2  %3</source>
        <translation>Auftrag %1  %2  %3</translation>
    </message>
    <message>
        <source>  started %1 to %2</source>
        <translation>  gestartet %1, Ziel %2</translation>
    </message>
    <message>
        <source>Continue with: mateo-import resume</source>
        <translation>Fortsetzen mit: mateo-import resume</translation>
    </message>
    <message>
        <source>With --job: write what that job&apos;s rows changed, as its preview saw them before sending (line, outcome, contact_id, field, old_value, new_value), to FILE (CSV).</source>
        <translation>Mit --job: schreibt, was die Zeilen dieses Auftrags geändert haben, wie seine Vorschau es vor dem Senden sah (line, outcome, contact_id, field, old_value, new_value), in DATEI (CSV).</translation>
    </message>
    <message>
        <source>mateo-import status: --changes needs --job ID.</source>
        <translation>mateo-import status: --changes braucht --job ID.</translation>
    </message>
    <message numerus="yes">
        <source>Changes of %Ln row(s) written to %1</source>
        <translation>
            <numerusform>Änderungen von %Ln Zeile nach %1 geschrieben</numerusform>
            <numerusform>Änderungen von %Ln Zeilen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 has no recorded changes (only imports with a preview record them: run --mode or --skip-unchanged); %2 has the header only.</source>
        <translation>Auftrag %1 hat keine aufgezeichneten Änderungen (nur Importe mit Vorschau zeichnen sie auf: run --mode oder --skip-unchanged); %2 enthält nur die Kopfzeile.</translation>
    </message>
    <message>
        <source>  rows: %L1 in the file, %L2 imported, %L3 failed or invalid, %L4 skipped; batches %5 of %6 done</source>
        <translation>  Zeilen: %L1 in der Datei, %L2 importiert, %L3 fehlgeschlagen oder ungültig, %L4 übersprungen; Pakete %5 von %6 fertig</translation>
    </message>
</context>
<context>
    <name>StatusPoller</name>
    <message>
        <source>The server counted this row of import %1 as failed but did not say which row or why.</source>
        <translation>Der Server hat diese Zeile von Import %1 als fehlgeschlagen gezählt, aber nicht gesagt, welche Zeile oder warum.</translation>
    </message>
</context>
<context>
    <name>TargetChoice</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Einwilligung: %1</translation>
    </message>
    <message>
        <source>%1 (own field, %2)</source>
        <translation>%1 (eigenes Feld, %2)</translation>
    </message>
</context>
<context>
    <name>TargetComboDelegate</name>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Sent to Hellomateo as &quot;%1&quot;</source>
        <translation>An Hellomateo gesendet als „%1“</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, mit €)</translation>
    </message>
</context>
<context>
    <name>TimeZoneListModel</name>
    <message>
        <source>UTC, coordinated universal time (server time)</source>
        <translation>UTC, koordinierte Weltzeit (Serverzeit)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (jetzt %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TimeZonePicker</name>
    <message>
        <source>Search time zones</source>
        <translation>Zeitzonen durchsuchen</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <source>City, country or abbreviation, e.g. Berlin, Österreich, MEZ</source>
        <translation>Stadt, Land oder Abkürzung, z. B. Wien, Deutschland, MEZ</translation>
    </message>
    <message>
        <source>No time zone found. Try a city or a country.</source>
        <translation>Keine Zeitzone gefunden. Versuchen Sie eine Stadt oder ein Land.</translation>
    </message>
    <message numerus="yes">
        <source>%n time zone(s) found</source>
        <translation>
            <numerusform>%n Zeitzone gefunden</numerusform>
            <numerusform>%n Zeitzonen gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsCheck</name>
    <message>
        <source>TLS (HTTPS)</source>
        <translation>TLS (HTTPS)</translation>
    </message>
    <message>
        <source>no TLS backend (available: %1)</source>
        <translation>kein TLS-Backend (vorhanden: %1)</translation>
    </message>
</context>
<context>
    <name>TranslationsCheck</name>
    <message>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>the embedded &quot;%1&quot; translation did not load</source>
        <translation>die eingebaute Übersetzung „%1“ wurde nicht geladen</translation>
    </message>
    <message>
        <source>%1; Qt&apos;s own German strings found</source>
        <translation>%1; Qts eigene deutsche Texte gefunden</translation>
    </message>
    <message>
        <source>%1; Qt&apos;s own German strings not found (standard buttons stay English)</source>
        <translation>%1; Qts eigene deutsche Texte nicht gefunden (Standardschaltflächen bleiben englisch)</translation>
    </message>
</context>
<context>
    <name>UnfinishedJobsBox</name>
    <message>
        <source>Unfinished imports</source>
        <translation>Nicht abgeschlossene Importe</translation>
    </message>
    <message>
        <source>Resume status</source>
        <translation>Status der Fortsetzung</translation>
    </message>
    <message>
        <source>Res&amp;ume the selected import</source>
        <translation>Ausgewählten Import &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected import</source>
        <translation>Ausgewählten Import fortsetzen</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The API URL &quot;%1&quot; is not a valid URL. Use e.g. https://integration.getmateo.com/api/v1.</source>
        <translation>Die API-URL „%1“ ist keine gültige URL. Verwenden Sie z. B. https://integration.getmateo.com/api/v1.</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name or password. Remove them; the API key is taken from MATEO_API_KEY or the keychain.</source>
        <translation>Die API-URL darf keinen Benutzernamen und kein Passwort enthalten. Entfernen Sie sie; der API-Schlüssel wird aus MATEO_API_KEY oder dem Schlüsselbund genommen.</translation>
    </message>
    <message>
        <source>The API URL %1 uses plain HTTP, which would send the API key unencrypted. Use https:// (plain http is only allowed for 127.0.0.1, ::1 and localhost).</source>
        <translation>Die API-URL %1 verwendet unverschlüsseltes HTTP, wodurch der API-Schlüssel unverschlüsselt gesendet würde. Verwenden Sie https:// (reines http ist nur für 127.0.0.1, ::1 und localhost erlaubt).</translation>
    </message>
    <message>
        <source>The API URL %1 must start with https://. Use e.g. https://integration.getmateo.com/api/v1.</source>
        <translation>Die API-URL %1 muss mit https:// beginnen. Verwenden Sie z. B. https://integration.getmateo.com/api/v1.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>check every row before sending: FILE [--profile P.json] [--json]</source>
        <translation>jede Zeile vor dem Senden prüfen: FILE [--profile P.json] [--json]</translation>
    </message>
    <message>
        <source>give exactly one FILE</source>
        <translation>geben Sie genau eine Datei (FILE) an</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; also looks like %2, which column &quot;%3&quot; already fills; it is not imported. Save a profile to choose otherwise</source>
        <translation>Spalte „%1“ sieht auch wie %2 aus, das Spalte „%3“ bereits füllt; sie wird nicht importiert. Speichern Sie ein Profil, um anders zu wählen</translation>
    </message>
    <message>
        <source>Mapping (automatic):</source>
        <translation>Zuordnung (automatisch):</translation>
    </message>
    <message>
        <source>Dates in &quot;%1&quot;: format %2</source>
        <translation>Datumsangaben in „%1“: Format %2</translation>
    </message>
    <message>
        <source>, %1 values without time zone read as %2%3</source>
        <translation>, %1 Werte ohne Zeitzone gelesen als %2%3</translation>
    </message>
    <message>
        <source> (assumed: set source_timezone)</source>
        <translation> (angenommen: source_timezone festlegen)</translation>
    </message>
    <message>
        <source>, day/month order ambiguous: set the column&apos;s format</source>
        <translation>, Reihenfolge Tag/Monat mehrdeutig: Format der Spalte festlegen</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3 — %4 (value: &quot;%5&quot;)</source>
        <translation>Zeile %1, Spalte „%2“: %3 — %4 (Wert: „%5“)</translation>
    </message>
    <message>
        <source>The contact file (.csv, .txt, .tsv, .xlsx).</source>
        <translation>Die Kontaktdatei (.csv, .txt, .tsv, .xlsx).</translation>
    </message>
    <message>
        <source>The mapping profile (JSON).</source>
        <translation>Das Zuordnungsprofil (JSON).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Custom fields and marketing channels ({&quot;custom_fields&quot;: [...], &quot;marketing_channels&quot;: [...]}).</source>
        <translation>Benutzerdefinierte Felder und Marketingkanäle ({&quot;custom_fields&quot;: [...], &quot;marketing_channels&quot;: [...]}).</translation>
    </message>
    <message>
        <source>List at most N issues (the counts cover all).</source>
        <translation>Höchstens N Befunde auflisten (die Zählungen umfassen alle).</translation>
    </message>
    <message>
        <source>--max-issues needs a number</source>
        <translation>--max-issues braucht eine Zahl</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: ... and %n more.</source>
        <translation>
            <numerusform>Warnung: ... und %n weitere.</numerusform>
            <numerusform>Warnung: ... und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks every row as the import would send it, without sending anything.
Without --profile the columns are mapped automatically from their headers and values.
Every row is counted as valid, invalid or skipped (nothing mapped to send).
Exit codes: 0 every row valid, 1 some rows invalid or skipped, 2 usage or unreadable input.</source>
        <translation>Prüft jede Zeile so, wie der Import sie senden würde, ohne etwas zu senden.
Ohne --profile werden die Spalten anhand ihrer Überschriften und Werte automatisch zugeordnet.
Jede Zeile wird als gültig, ungültig oder übersprungen (nichts zum Senden zugeordnet) gezählt.
Exit-Codes: 0 jede Zeile gültig, 1 einige Zeilen ungültig oder übersprungen, 2 falsche Aufrufparameter oder unlesbare Eingabe.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 valid, %4 with errors, %5 skipped</source>
        <translation>%1: %2 Zeilen, %3 gültig, %4 mit Fehlern, %5 übersprungen</translation>
    </message>
    <message>
        <source>line %1: %2 — %3</source>
        <translation>Zeile %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>an e-mail address or phone number of this row is already used by another contact in the file; run &quot;mateo-import validate&quot; to see which</source>
        <translation>eine E-Mail-Adresse oder Telefonnummer dieser Zeile gehört in der Datei schon zu einem anderen Kontakt; „mateo-import validate“ zeigt, zu welchem</translation>
    </message>
    <message>
        <source>nothing mapped to send: every mapped column of this row is empty, so it was skipped</source>
        <translation>nichts zum Senden zugeordnet: jede zugeordnete Spalte dieser Zeile ist leer, daher wurde sie übersprungen</translation>
    </message>
</context>
<context>
    <name>XlsxCheck</name>
    <message>
        <source>Excel workbooks (QuaZip)</source>
        <translation>Excel-Arbeitsmappen (QuaZip)</translation>
    </message>
    <message>
        <source>could not write the sample workbook to %1</source>
        <translation>die Beispielmappe konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>the sample workbook has no readable rows: %1</source>
        <translation>die Beispielmappe hat keine lesbaren Zeilen: %1</translation>
    </message>
</context>
<context>
    <name>XlsxRecordSource</name>
    <message>
        <source>%1: the sheet &quot;%2&quot; is empty. Choose the sheet with the contacts.</source>
        <translation>%1: Das Tabellenblatt „%2“ ist leer. Wählen Sie das Blatt mit den Kontakten.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>%1: is not a readable Excel workbook (the zip container is damaged). Open it in Excel and save it again.</source>
        <translation>%1: ist keine lesbare Excel-Arbeitsmappe (der ZIP-Container ist beschädigt). Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: is a zip file but not an Excel workbook (no xl/workbook.xml). Choose an .xlsx file or a CSV export.</source>
        <translation>%1: ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe (kein xl/workbook.xml). Wählen Sie eine .xlsx-Datei oder einen CSV-Export.</translation>
    </message>
    <message>
        <source>%1: the workbook cannot be unpacked. Open it in Excel and save it again.</source>
        <translation>%1: Die Arbeitsmappe kann nicht entpackt werden. Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2). Open it in Excel and save it again.</source>
        <translation>%1: Die Arbeitsmappe ist beschädigt (%2). Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheets.</source>
        <translation>%1: Die Arbeitsmappe hat keine Tabellenblätter.</translation>
    </message>
    <message>
        <source>%1: the text of the workbook cannot be unpacked. Open it in Excel and save it again.</source>
        <translation>%1: Der Text der Arbeitsmappe kann nicht entpackt werden. Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the text of the workbook is damaged (%2). Open it in Excel and save it again.</source>
        <translation>%1: Der Text der Arbeitsmappe ist beschädigt (%2). Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: there is no sheet &quot;%2&quot;. The workbook has: %3.</source>
        <translation>%1: Es gibt kein Tabellenblatt „%2“. Die Arbeitsmappe enthält: %3.</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is missing from the workbook. Open it in Excel and save it again.</source>
        <translation>%1: Das Tabellenblatt „%2“ fehlt in der Arbeitsmappe. Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; cannot be unpacked. Open it in Excel and save it again.</source>
        <translation>%1: Das Tabellenblatt „%2“ kann nicht entpackt werden. Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is damaged near row %3 (%4). Open it in Excel and save it again.</source>
        <translation>%1: Das Tabellenblatt „%2“ ist beschädigt in der Nähe von Zeile %3 (%4). Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: a text in the workbook is larger than 64 MB. No contact has that much text: the file is damaged or not a contact list.</source>
        <translation>%1: ein Text in der Arbeitsmappe ist größer als 64 MB. Kein Kontakt hat so viel Text: Die Datei ist beschädigt oder keine Kontaktliste.</translation>
    </message>
    <message>
        <source>%1: the workbook unpacks to more than %2 MB, over 100 times its own size. It is not read: a file this compressed is a zip bomb, not a contact list.</source>
        <translation>%1: die Arbeitsmappe entpackt sich auf mehr als %2 MB, über das 100-Fache ihrer eigenen Größe. Sie wird nicht gelesen: Eine so stark komprimierte Datei ist eine Zip-Bombe, keine Kontaktliste.</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; holds more than %3 MB of text, more than is read into memory at once. Save it as CSV (CSV files are read from disk as needed), or split it into several sheets.</source>
        <translation>%1: das Blatt „%2“ enthält mehr als %3 MB Text, mehr als auf einmal in den Speicher gelesen wird. Speichern Sie es als CSV (CSV-Dateien werden nach Bedarf von der Festplatte gelesen) oder teilen Sie es auf mehrere Blätter auf.</translation>
    </message>
    <message>
        <source>%1: a cell in row %2 of the sheet &quot;%3&quot; holds more than 64 MB of text. No contact has that much text: the file is damaged or not a contact list.</source>
        <translation>%1: eine Zelle in Zeile %2 des Blatts „%3“ enthält mehr als 64 MB Text. Kein Kontakt hat so viel Text: Die Datei ist beschädigt oder keine Kontaktliste.</translation>
    </message>
    <message>
        <source>%1: row %2 of the sheet &quot;%3&quot; has cells beyond column XFD, more than the 16,384 columns a spreadsheet can have. The file is damaged; open it in Excel and save it again.</source>
        <translation>%1: Zeile %2 des Blatts „%3“ hat Zellen hinter Spalte XFD, mehr als die 16.384 Spalten, die eine Tabelle haben kann. Die Datei ist beschädigt; öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; has more than 1,048,576 rows, more than a spreadsheet can have. The file is damaged; open it in Excel and save it again, or export it as CSV.</source>
        <translation>%1: das Blatt „%2“ hat mehr als 1.048.576 Zeilen, mehr als eine Tabelle haben kann. Die Datei ist beschädigt; öffnen Sie sie in Excel und speichern Sie sie erneut, oder exportieren Sie sie als CSV.</translation>
    </message>
</context>
</TS>
