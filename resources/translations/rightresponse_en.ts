<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>rr::CallsCommand</name>
    <message numerus="yes">
        <source>rightresponse-cli: showing the newest %n call(s) only (--limit N for more)</source>
        <translation>
            <numerusform>rightresponse-cli: showing the newest %n call only (--limit N for more)</numerusform>
            <numerusform>rightresponse-cli: showing the newest %n calls only (--limit N for more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ConsoleWindow</name>
    <message numerus="yes">
        <source> · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform> · %n change waiting to be sent</numerusform>
            <numerusform> · %n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Dashboard</name>
    <message numerus="yes">
        <source>%n override(s) in the period</source>
        <translation>
            <numerusform>%n override in the period</numerusform>
            <numerusform>%n overrides in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n override(s)</source>
        <translation>
            <numerusform>%1: %n override</numerusform>
            <numerusform>%1: %n overrides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not served — %1: %n call(s)</source>
        <translation>
            <numerusform>Not served — %1: %n call</numerusform>
            <numerusform>Not served — %1: %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::DispatchSession</name>
    <message numerus="yes">
        <source>Database back: %n change(s) made offline sent</source>
        <translation>
            <numerusform>Database back: %n change made offline sent</numerusform>
            <numerusform>Database back: %n changes made offline sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::EvaluationText</name>
    <message numerus="yes">
        <source>%n unsafe suggestion(s)</source>
        <translation>
            <numerusform>%n unsafe suggestion</numerusform>
            <numerusform>%n unsafe suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n bad row</numerusform>
            <numerusform>%n bad rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n miss(es)</source>
        <translation>
            <numerusform>%n miss</numerusform>
            <numerusform>%n misses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ImportCommand</name>
    <message numerus="yes">
        <source>%1 (%n call(s) imported before)</source>
        <translation>
            <numerusform>%1 (%n call imported before)</numerusform>
            <numerusform>%1 (%n calls imported before)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::KeyEditorPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; v%2 · %n call(s) over %3 · %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; v%2 · %n call over %3 · %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; v%2 · %n calls over %3 · %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::LibraryPanel</name>
    <message numerus="yes">
        <source>%1  v%2
%n call(s) · %3:%4 · %5</source>
        <translation>
            <numerusform>%1  v%2
%n call · %3:%4 · %5</numerusform>
            <numerusform>%1  v%2
%n calls · %3:%4 · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Migrator</name>
    <message numerus="yes">
        <source>schema migrated from version %1 to %2 (%n migration(s))</source>
        <translation>
            <numerusform>schema migrated from version %1 to %2 (%n migration)</numerusform>
            <numerusform>schema migrated from version %1 to %2 (%n migrations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ReportCommand</name>
    <message numerus="yes">
        <source>rightresponse-cli: wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>rightresponse-cli: wrote %1 (%n page)</numerusform>
            <numerusform>rightresponse-cli: wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ScenarioCommand</name>
    <message numerus="yes">
        <source>%1, version %2: %n call(s) over %3</source>
        <translation>
            <numerusform>%1, version %2: %n call over %3</numerusform>
            <numerusform>%1, version %2: %n calls over %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (scenario %2, version %3, %n call(s))</source>
        <translation>
            <numerusform>wrote %1 (scenario %2, version %3, %n call)</numerusform>
            <numerusform>wrote %1 (scenario %2, version %3, %n calls)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::SessionPanel</name>
    <message numerus="yes">
        <source>%1: %n call(s) over %2. Check the trainees, choose the speed, and start.</source>
        <translation>
            <numerusform>%1: %n call over %2. Check the trainees, choose the speed, and start.</numerusform>
            <numerusform>%1: %n calls over %2. Check the trainees, choose the speed, and start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::SimulateCommand</name>
    <message numerus="yes">
        <source>posted %n call(s) to %1, %2 failed</source>
        <translation>
            <numerusform>posted %n call to %1, %2 failed</numerusform>
            <numerusform>posted %n calls to %1, %2 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::StoreClient</name>
    <message numerus="yes">
        <source>%n change(s) saved offline by %1 are kept until %1 signs in at this console again: they are not sent under %2&apos;s login</source>
        <translation>
            <numerusform>%n change saved offline by %1 are kept until %1 signs in at this console again: they are not sent under %2&apos;s login</numerusform>
            <numerusform>%n changes saved offline by %1 are kept until %1 signs in at this console again: they are not sent under %2&apos;s login</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::StoryPanel</name>
    <message numerus="yes">
        <source>&lt;h4&gt;Event log (%n row(s))&lt;/h4&gt;&lt;table cellspacing=4&gt;</source>
        <translation>
            <numerusform>&lt;h4&gt;Event log (%n row)&lt;/h4&gt;&lt;table cellspacing=4&gt;</numerusform>
            <numerusform>&lt;h4&gt;Event log (%n rows)&lt;/h4&gt;&lt;table cellspacing=4&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::TrainerWindow</name>
    <message numerus="yes">
        <source>Session %1: %n score(s) recorded.</source>
        <translation>
            <numerusform>Session %1: %n score recorded.</numerusform>
            <numerusform>Session %1: %n scores recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session %1 archived: %n sandbox(es) dropped; its scores and report stay.</source>
        <translation>
            <numerusform>Session %1 archived: %n sandbox dropped; its scores and report stay.</numerusform>
            <numerusform>Session %1 archived: %n sandboxes dropped; its scores and report stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::TrainingCharts</name>
    <message numerus="yes">
        <source>⚠ %n unsafe</source>
        <translation>
            <numerusform>⚠ %n unsafe</numerusform>
            <numerusform>⚠ %n unsafe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n</source>
        <translation>
            <numerusform>⚠ %n</numerusform>
            <numerusform>⚠ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::TrainingCommand</name>
    <message numerus="yes">
        <source>training session %1: scenario %2 v%3, %n call(s) over %4 at %5x</source>
        <translation>
            <numerusform>training session %1: scenario %2 v%3, %n call over %4 at %5x</numerusform>
            <numerusform>training session %1: scenario %2 v%3, %n calls over %4 at %5x</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rightresponse-cli: wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>rightresponse-cli: wrote %1 (%n page)</numerusform>
            <numerusform>rightresponse-cli: wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
</TS>
