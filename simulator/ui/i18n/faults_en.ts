<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PracticeScreen</name>
    <message>
        <source>Not saved — retrying after your next answer</source>
        <translation>Not saved — retrying after your next answer</translation>
    </message>
    <message>
        <source>The last turns could not be saved; every answer tries again until saving works.</source>
        <translation>The last turns could not be saved; every answer tries again until saving works.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This session could not be saved in {0}. You can go on playing: the program tries again after every answer, and the top of the window says so until saving works again.

{1}</source>
        <translation>This session could not be saved in {0}. You can go on playing: the program tries again after every answer, and the top of the window says so until saving works again.

{1}</translation>
    </message>
    <message>
        <source>The last turns of this session could not be saved in {0}, so they are not kept.

{1}</source>
        <translation>The last turns of this session could not be saved in {0}, so they are not kept.

{1}</translation>
    </message>
    <message>
        <source>(it could not be moved)</source>
        <translation>(it could not be moved)</translation>
    </message>
    <message>
        <source>The settings file {0} is far larger than settings ever are, so it was not read. It was kept as {1}. The program starts with its default settings.</source>
        <translation>The settings file {0} is far larger than settings ever are, so it was not read. It was kept as {1}. The program starts with its default settings.</translation>
    </message>
    <message>
        <source>The settings file {0} is damaged and could not be read. It was kept as {1}. The program starts with its default settings.</source>
        <translation>The settings file {0} is damaged and could not be read. It was kept as {1}. The program starts with its default settings.</translation>
    </message>
    <message>
        <source>Settings were reset</source>
        <translation>Settings were reset</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Writing the report to {}…</source>
        <translation>Writing the report to {}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Writing the report: page {} of {}…</source>
        <translation>Writing the report: page {} of {}…</translation>
    </message>
    <message>
        <source>Export cancelled; {} was not changed.</source>
        <translation>Export cancelled; {} was not changed.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>The report could not be written.</translation>
    </message>
    <message>
        <source>The report could not be written; any earlier file of that name is unchanged.

{}</source>
        <translation>The report could not be written; any earlier file of that name is unchanged.

{}</translation>
    </message>
    <message>
        <source>This session is open in another window of the program, so it is shown read-only here: notes cannot be changed.</source>
        <translation>This session is open in another window of the program, so it is shown read-only here: notes cannot be changed.</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <source>The copy could not be saved in {}:
{}</source>
        <translation>The copy could not be saved in {}:
{}</translation>
    </message>
    <message>
        <source>A note holds at most {} characters; the text beyond that was not added.</source>
        <translation>A note holds at most {} characters; the text beyond that was not added.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>process {0} on {1}</source>
        <translation>process {0} on {1}</translation>
    </message>
    <message>
        <source>Session already open</source>
        <translation>Session already open</translation>
    </message>
    <message>
        <source>This session is open in another window of the program{0}:
{1}

If both went on with it, one would save over the other's turns. You can look at it read-only, or continue in a copy of your own.</source>
        <translation>This session is open in another window of the program{0}:
{1}

If both went on with it, one would save over the other's turns. You can look at it read-only, or continue in a copy of your own.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Continue in a copy</source>
        <translation>Continue in a copy</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>{}: cannot save: {}. You can go on playing; every next move tries again to save this try.</source>
        <translation>{}: cannot save: {}. You can go on playing; every next move tries again to save this try.</translation>
    </message>
    <message>
        <source>Not saved — retrying after your next move</source>
        <translation>Not saved — retrying after your next move</translation>
    </message>
</context>
</TS>
