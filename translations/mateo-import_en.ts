<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLineInterface</name>
    <message>
        <location filename="../src/app/cli/CommandLineInterface.cpp" line="+51"/>
        <source>mateo-import: unknown command &quot;%1&quot;. Run &quot;mateo-import --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: mateo-import [COMMAND] [OPTIONS]

Imports contact spreadsheets (CSV, TXT, XLSX) into Hellomateo.
Without a command, opens the import wizard.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Options:
  --help        show this help
  --version     print the version
  --lang LANG   open the wizard in this language (de, en)

Run &quot;mateo-import COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 some rows invalid or failed, 2 usage or unreadable input,
3 connection or authentication failure, 75 stopped by the daily quota (resumable).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../ui/ConnectPage.ui" line="+9"/>
        <source>Practice with sample data (no account needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hellomateo account (API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ConnectPage.cpp" line="+15"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import into your Hellomateo account, or practise first with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice sandbox ready at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Starting the practice sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <location filename="../src/app/cli/ConvertCommand.cpp" line="+10"/>
        <source>(not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mateo-import convert: not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../src/gui/ImportWizard.cpp" line="+10"/>
        <source>Import contacts into Hellomateo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <location filename="../src/app/cli/InspectCommand.cpp" line="+10"/>
        <source>(not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mateo-import inspect: not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <location filename="../src/app/cli/ResumeCommand.cpp" line="+10"/>
        <source>(not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mateo-import resume: not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <location filename="../src/app/cli/RunCommand.cpp" line="+10"/>
        <source>(not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mateo-import run: not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <location filename="../src/api/SandboxLauncher.cpp" line="+13"/>
        <source>The practice sandbox could not be started (%1): %2. Reinstall mateo-import or connect to Hellomateo with an API key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The practice sandbox stopped before it was ready (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../src/app/cli/StatusCommand.cpp" line="+10"/>
        <source>(not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mateo-import status: not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../src/app/cli/ValidateCommand.cpp" line="+10"/>
        <source>(not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mateo-import validate: not available yet in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
