<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>A display name has at most %n characters.</source>
        <translation>
            <numerusform>A display name has at most %n character.</numerusform>
            <numerusform>A display name has at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password has at most %n characters.</source>
        <translation>
            <numerusform>A password has at most %n character.</numerusform>
            <numerusform>A password has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message numerus="yes">
        <source>the store is damaged: %n problem(s) found</source>
        <translation>
            <numerusform>the store is damaged: %n problem found</numerusform>
            <numerusform>the store is damaged: %n problems found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTenants</name>
    <message numerus="yes">
        <source>No usage recorded for “%1” in the last %n day(s).</source>
        <translation>
            <numerusform>No usage recorded for “%1” in the last %n day.</numerusform>
            <numerusform>No usage recorded for “%1” in the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gc::AuditProofDialog</name>
    <message numerus="yes">
        <source>Proof (%n hash(es)):</source>
        <translation>
            <numerusform>Proof (%n hash):</numerusform>
            <numerusform>Proof (%n hashes):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gc::ExportRowsDialog</name>
    <message numerus="yes">
        <source>%n row(s) of “%1” in the order the pane shows them, with its visible columns (%2).</source>
        <translation>
            <numerusform>%n row of “%1”, with its visible columns (%2).</numerusform>
            <numerusform>%n rows of “%1” in the order the pane shows them, with its visible columns (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gc::PaneExport</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gc::TenantsPane</name>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tenant(s)</source>
        <translation>
            <numerusform>%1 of %n tenant</numerusform>
            <numerusform>%1 of %n tenants</numerusform>
        </translation>
    </message>
</context>
</TS>
