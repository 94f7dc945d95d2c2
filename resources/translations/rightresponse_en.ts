<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
