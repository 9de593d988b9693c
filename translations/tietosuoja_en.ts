<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Import</source>
            <comment>Line</comment>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>Reasons</comment>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <source>No customers found.</source>
            <translation>No customers found.</translation>
        </message>
        <message>
            <source>%1 of %2 shown.</source>
            <translation>%1 of %2 shown.</translation>
        </message>
        <message>
            <source>Customer %1 added: %2</source>
            <translation>Customer %1 added: %2</translation>
        </message>
        <message>
            <source>Customer %1 saved.</source>
            <translation>Customer %1 saved.</translation>
        </message>
        <message>
            <source>Marketing prohibited since %1</source>
            <translation>Marketing prohibited since %1</translation>
        </message>
        <message>
            <source>Processing restricted since %1</source>
            <translation>Processing restricted since %1</translation>
        </message>
        <message>
            <source>Consent events: %1, orders: %2, contacts: %3, requests: %4</source>
            <translation>Consent events: %1, orders: %2, contacts: %3, requests: %4</translation>
        </message>
        <message>
            <source>Erasing needs confirmation: run it on a terminal or add --yes.</source>
            <translation>Erasing needs confirmation: run it on a terminal or add --yes.</translation>
        </message>
        <message>
            <source>Erasing customer %1 deletes %2 consent events, %3 contacts and %4 orders; %5 orders are kept anonymised for bookkeeping.</source>
            <translation>Erasing customer %1 deletes %2 consent events, %3 contacts and %4 orders; %5 orders are kept anonymised for bookkeeping.</translation>
        </message>
        <message>
            <source>Erase %1 for good? [y/N]</source>
            <translation>Erase %1 for good? [y/N]</translation>
        </message>
        <message>
            <source>Nothing was erased.</source>
            <translation>Nothing was erased.</translation>
        </message>
        <message>
            <source>Customer %1 erased.</source>
            <translation>Customer %1 erased.</translation>
        </message>
        <message>
            <source>Processing of customer %1 restricted.</source>
            <translation>Processing of customer %1 restricted.</translation>
        </message>
        <message>
            <source>Restriction of customer %1 lifted.</source>
            <translation>Restriction of customer %1 lifted.</translation>
        </message>
        <message>
            <source>Marketing to customer %1 prohibited.</source>
            <translation>Marketing to customer %1 prohibited.</translation>
        </message>
        <message>
            <source>Marketing prohibition of customer %1 lifted.</source>
            <translation>Marketing prohibition of customer %1 lifted.</translation>
        </message>
        <message>
            <source>Consent event %1 recorded.</source>
            <translation>Consent event %1 recorded.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>No consent events.</source>
            <translation>No consent events.</translation>
        </message>
        <message>
            <source>Give the amount in euros with at most two decimals, e.g. 12,50.</source>
            <translation>Give the amount in euros with at most two decimals, e.g. 12,50.</translation>
        </message>
        <message>
            <source>Order %1 recorded.</source>
            <translation>Order %1 recorded.</translation>
        </message>
        <message>
            <source>Contact %1 recorded.</source>
            <translation>Contact %1 recorded.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Request %1 logged.</source>
            <translation>Request %1 logged.</translation>
        </message>
        <message>
            <source>No requests.</source>
            <translation>No requests.</translation>
        </message>
        <message>
            <source>Request %1</source>
            <translation>Request %1</translation>
        </message>
        <message>
            <source>Request %1 extended.</source>
            <translation>Request %1 extended.</translation>
        </message>
        <message>
            <source>Request %1 completed.</source>
            <translation>Request %1 completed.</translation>
        </message>
        <message>
            <source>Request %1 refused.</source>
            <translation>Request %1 refused.</translation>
        </message>
        <message>
            <source>Request %1 withdrawn.</source>
            <translation>Request %1 withdrawn.</translation>
        </message>
        <message>
            <source>Identity check of request %1 recorded.</source>
            <translation>Identity check of request %1 recorded.</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Expired on</source>
            <translation>Expired on</translation>
        </message>
        <message>
            <source>Nobody is past their retention period.</source>
            <translation>Nobody is past their retention period.</translation>
        </message>
        <message>
            <source>Demo register ready in %1: %2 customers.</source>
            <translation>Demo register ready in %1: %2 customers.</translation>
        </message>
        <message>
            <source>Business profile saved: %1</source>
            <translation>Business profile saved: %1</translation>
        </message>
        <message>
            <source>No business profile yet: run 'tietosuoja init --name ... --business-id ...'.</source>
            <translation>No business profile yet: run 'tietosuoja init --name ... --business-id ...'.</translation>
        </message>
        <message>
            <source>Give the purpose as BASIS:TEXT with a basis of %1.</source>
            <translation>Give the purpose as BASIS:TEXT with a basis of %1.</translation>
        </message>
        <message>
            <source>Register %1 added: %2</source>
            <translation>Register %1 added: %2</translation>
        </message>
        <message>
            <source>Register %1 saved: %2</source>
            <translation>Register %1 saved: %2</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>No registers yet: add one with 'tietosuoja register add --name ...'.</source>
            <translation>No registers yet: add one with 'tietosuoja register add --name ...'.</translation>
        </message>
        <message>
            <source>A passphrase is needed: run on a terminal or set TIETOSUOJA_SIGN_PASSPHRASE.</source>
            <translation>A passphrase is needed: run on a terminal or set TIETOSUOJA_SIGN_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Passphrase: </translation>
        </message>
        <message>
            <source>Again: </source>
            <translation>Again: </translation>
        </message>
        <message>
            <source>The passphrases differ.</source>
            <translation>The passphrases differ.</translation>
        </message>
        <message>
            <source>The passphrase cannot be empty.</source>
            <translation>The passphrase cannot be empty.</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>Could not save %1: %2</translation>
        </message>
        <message>
            <source>Saved %1 (%2).</source>
            <translation>Saved %1 (%2).</translation>
        </message>
        <message>
            <source>Signing failed: %1</source>
            <translation>Signing failed: %1</translation>
        </message>
        <message>
            <source>Signing identity created for %1, valid until %2.</source>
            <translation>Signing identity created for %1, valid until %2.</translation>
        </message>
        <message>
            <source>Signing identity imported: %1.</source>
            <translation>Signing identity imported: %1.</translation>
        </message>
        <message>
            <source>No signing identity yet: create one with 'tietosuoja signing create'.</source>
            <translation>No signing identity yet: create one with 'tietosuoja signing create'.</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Could not read %1: %2</translation>
        </message>
        <message>
            <source>The document has no digital signature.</source>
            <translation>The document has no digital signature.</translation>
        </message>
        <message>
            <source>Valid signature by %1 (%2), signed %3; not changed after signing.</source>
            <translation>Valid signature by %1 (%2), signed %3; not changed after signing.</translation>
        </message>
        <message>
            <source>The signature is NOT valid or the document was changed after signing.</source>
            <translation>The signature is NOT valid or the document was changed after signing.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>No documents yet.</source>
            <translation>No documents yet.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
    </context>
    <context>
        <name>Clock</name>
        <message>
            <source>%1 is Midsummer Eve: not a public holiday, so the deadline does not move, but offices and the post may be closed. Answer a day early.</source>
            <translation>%1 is Midsummer Eve: not a public holiday, so the deadline does not move, but offices and the post may be closed. Answer a day early.</translation>
        </message>
        <message>
            <source>%1 is Christmas Eve: not a public holiday, so the deadline does not move, but offices and the post may be closed. Answer a day early.</source>
            <translation>%1 is Christmas Eve: not a public holiday, so the deadline does not move, but offices and the post may be closed. Answer a day early.</translation>
        </message>
        <message>
            <source>Received %1: one month ends on %2, the deadline.</source>
            <translation>Received %1: one month ends on %2, the deadline.</translation>
        </message>
        <message>
            <source>Received %1: one month ends on %2, a Saturday, so the deadline moves to the next working day, %3.</source>
            <translation>Received %1: one month ends on %2, a Saturday, so the deadline moves to the next working day, %3.</translation>
        </message>
        <message>
            <source>Received %1: one month ends on %2, a Sunday, so the deadline moves to the next working day, %3.</source>
            <translation>Received %1: one month ends on %2, a Sunday, so the deadline moves to the next working day, %3.</translation>
        </message>
        <message>
            <source>Received %1: one month ends on %2, a public holiday, so the deadline moves to the next working day, %3.</source>
            <translation>Received %1: one month ends on %2, a public holiday, so the deadline moves to the next working day, %3.</translation>
        </message>
        <message>
            <source>Received %1: the extended period of three months ends on %2, the deadline.</source>
            <translation>Received %1: the extended period of three months ends on %2, the deadline.</translation>
        </message>
        <message>
            <source>Received %1: the extended period of three months ends on %2, a Saturday, so the deadline moves to the next working day, %3.</source>
            <translation>Received %1: the extended period of three months ends on %2, a Saturday, so the deadline moves to the next working day, %3.</translation>
        </message>
        <message>
            <source>Received %1: the extended period of three months ends on %2, a Sunday, so the deadline moves to the next working day, %3.</source>
            <translation>Received %1: the extended period of three months ends on %2, a Sunday, so the deadline moves to the next working day, %3.</translation>
        </message>
        <message>
            <source>Received %1: the extended period of three months ends on %2, a public holiday, so the deadline moves to the next working day, %3.</source>
            <translation>Received %1: the extended period of three months ends on %2, a public holiday, so the deadline moves to the next working day, %3.</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ConsentTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <source>Record a consent or its withdrawal</source>
            <translation>Record a consent or its withdrawal</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>C&amp;onsent:</source>
            <translation>C&amp;onsent:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>C&amp;hannel:</translation>
        </message>
        <message>
            <source>E&amp;vidence:</source>
            <translation>E&amp;vidence:</translation>
        </message>
        <message>
            <source>e.g. signed form, e-mail of 3.2.2026</source>
            <translation>e.g. signed form, e-mail of 3.2.2026</translation>
        </message>
        <message>
            <source>No consents recorded.</source>
            <translation>No consents recorded.</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Record a contact or a complaint</source>
            <translation>Record a contact or a complaint</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>C&amp;hannel:</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>S&amp;ummary:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>No contacts or complaints recorded.</source>
            <translation>No contacts or complaints recorded.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Something went wrong inside the program.</source>
            <translation>Something went wrong inside the program.</translation>
        </message>
        <message>
            <source>What you were doing may not have been completed; check it before going on. You can keep working. The details were written to this file, which you can send to support:
%1</source>
            <translation>What you were doing may not have been completed; check it before going on. You can keep working. The details were written to this file, which you can send to support:
%1</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Contacts and complaints</source>
            <translation>Contacts and complaints</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>Change history</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message>
            <source>Erase the person and what is tied to them (Art 17)</source>
            <translation>Erase the person and what is tied to them (Art 17)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the details (Ctrl+S)</source>
            <translation>Save the details (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>New customer</translation>
        </message>
        <message>
            <source>Customer: %1</source>
            <translation>Customer: %1</translation>
        </message>
        <message>
            <source>Direct marketing prohibited since %1 (Art 21(2)).</source>
            <translation>Direct marketing prohibited since %1 (Art 21(2)).</translation>
        </message>
        <message>
            <source>Processing restricted since %1 (Art 18): do not use or export.</source>
            <translation>Processing restricted since %1 (Art 18): do not use or export.</translation>
        </message>
        <message>
            <source>Lift &amp;restriction</source>
            <translation>Lift &amp;restriction</translation>
        </message>
        <message>
            <source>&amp;Restrict</source>
            <translation>&amp;Restrict</translation>
        </message>
        <message>
            <source>Keep the data but exclude the person from all use and exports (Art 18)</source>
            <translation>Keep the data but exclude the person from all use and exports (Art 18)</translation>
        </message>
        <message>
            <source>Lift mar&amp;keting prohibition…</source>
            <translation>Lift mar&amp;keting prohibition…</translation>
        </message>
        <message>
            <source>Prohibit mar&amp;keting</source>
            <translation>Prohibit mar&amp;keting</translation>
        </message>
        <message>
            <source>The person objects to direct marketing (Art 21(2)): for good</source>
            <translation>The person objects to direct marketing (Art 21(2)): for good</translation>
        </message>
        <message>
            <source>Check the marked fields; nothing was saved yet.</source>
            <translation>Check the marked fields; nothing was saved yet.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Lift the marketing prohibition?</source>
            <translation>Lift the marketing prohibition?</translation>
        </message>
        <message>
            <source>A direct-marketing objection is absolute. Lift it only if it was recorded by mistake or the person has withdrawn it themselves.</source>
            <translation>A direct-marketing objection is absolute. Lift it only if it was recorded by mistake or the person has withdrawn it themselves.</translation>
        </message>
        <message>
            <source>Lift the prohibition</source>
            <translation>Lift the prohibition</translation>
        </message>
        <message>
            <source>Discard the changes?</source>
            <translation>Discard the changes?</translation>
        </message>
        <message>
            <source>The changes to the details have not been saved.</source>
            <translation>The changes to the details have not been saved.</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
    </context>
    <context>
        <name>CustomerForm</name>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;First name</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Last name</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Business ID (Y-tunnus)</source>
            <translation>&amp;Business ID (Y-tunnus)</translation>
        </message>
        <message>
            <source>Birth &amp;date</source>
            <translation>Birth &amp;date</translation>
        </message>
        <message>
            <source>Personal &amp;identity code</source>
            <translation>Personal &amp;identity code</translation>
        </message>
        <message>
            <source>Street &amp;address</source>
            <translation>Street &amp;address</translation>
        </message>
        <message>
            <source>&amp;Postal code</source>
            <translation>&amp;Postal code</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>Cit&amp;y</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>Co&amp;untry</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>P&amp;hone</translation>
        </message>
        <message>
            <source>E-&amp;mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <source>&amp;Customer since</source>
            <translation>&amp;Customer since</translation>
        </message>
        <message>
            <source>Write the date as day.month.year, e.g. 31.1.2026.</source>
            <translation>Write the date as day.month.year, e.g. 31.1.2026.</translation>
        </message>
        <message>
            <source>d.m.yyyy</source>
            <translation>d.m.yyyy</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>Lan&amp;guage</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>CustomerNames</name>
        <message>
            <source>Given</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Web form</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Invoiced</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <source>Processing restricted</source>
            <translation>Processing restricted</translation>
        </message>
        <message>
            <source>Restriction lifted</source>
            <translation>Restriction lifted</translation>
        </message>
        <message>
            <source>Direct marketing prohibited</source>
            <translation>Direct marketing prohibited</translation>
        </message>
        <message>
            <source>Marketing prohibition lifted</source>
            <translation>Marketing prohibition lifted</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Consent given</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Consent withdrawn</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Erased</translation>
        </message>
        <message>
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>first name</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>last name</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>business ID</source>
            <translation>business ID</translation>
        </message>
        <message>
            <source>street address</source>
            <translation>street address</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>postal code</translation>
        </message>
        <message>
            <source>city</source>
            <translation>city</translation>
        </message>
        <message>
            <source>country</source>
            <translation>country</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>birth date</translation>
        </message>
        <message>
            <source>personal identity code</source>
            <translation>personal identity code</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>customer since</source>
            <translation>customer since</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>registers</source>
            <translation>registers</translation>
        </message>
        <message>
            <source>marketing prohibition</source>
            <translation>marketing prohibition</translation>
        </message>
        <message>
            <source>restriction</source>
            <translation>restriction</translation>
        </message>
        <message>
            <source>consents</source>
            <translation>consents</translation>
        </message>
        <message>
            <source>customer details</source>
            <translation>customer details</translation>
        </message>
        <message>
            <source>contacts and complaints</source>
            <translation>contacts and complaints</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>orders</translation>
        </message>
        <message>
            <source>register memberships</source>
            <translation>register memberships</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>documents</translation>
        </message>
        <message>
            <source>personal details in requests</source>
            <translation>personal details in requests</translation>
        </message>
        <message>
            <source>orders kept anonymised</source>
            <translation>orders kept anonymised</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Customer since</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;New customer…</translation>
        </message>
        <message>
            <source>Add a customer (Ctrl+N)</source>
            <translation>Add a customer (Ctrl+N)</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message>
            <source>1 customer</source>
            <translation>1 customer</translation>
        </message>
        <message>
            <source>%1 customers</source>
            <translation>%1 customers</translation>
        </message>
        <message>
            <source>No customers match the search and filters.</source>
            <translation>No customers match the search and filters.</translation>
        </message>
        <message>
            <source>No customers yet. Add the first one with New customer (Ctrl+N).</source>
            <translation>No customers yet. Add the first one with New customer (Ctrl+N).</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Creating a demo register with %1 customers…</source>
            <translation>Creating a demo register with %1 customers…</translation>
        </message>
        <message>
            <source>The demo register could not be created: %1</source>
            <translation>The demo register could not be created: %1</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Set up the business profile before making documents.</source>
            <translation>Set up the business profile before making documents.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Every register below gets its own privacy statement, drawn from the register's description and your business profile.</source>
            <translation>Every register below gets its own privacy statement, drawn from the register's description and your business profile.</translation>
        </message>
        <message>
            <source>In this version, privacy statements and access reports are made with the command-line program: run  tietosuoja --help  to see how.</source>
            <translation>In this version, privacy statements and access reports are made with the command-line program: run  tietosuoja --help  to see how.</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase customer</source>
            <translation>Erase customer</translation>
        </message>
        <message>
            <source>%1 has been erased.</source>
            <translation>%1 has been erased.</translation>
        </message>
        <message>
            <source>Erase %1 permanently?</source>
            <translation>Erase %1 permanently?</translation>
        </message>
        <message>
            <source>Deleted:</source>
            <translation>Deleted:</translation>
        </message>
        <message>
            <source>This will be deleted:</source>
            <translation>This will be deleted:</translation>
        </message>
        <message>
            <source>To confirm, type the name %1 below. This cannot be undone.</source>
            <translation>To confirm, type the name %1 below. This cannot be undone.</translation>
        </message>
        <message>
            <source>Name to confirm the erasure</source>
            <translation>Name to confirm the erasure</translation>
        </message>
        <message>
            <source>&amp;Erase permanently</source>
            <translation>&amp;Erase permanently</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Kept without any link to the person:</source>
            <translation>Kept without any link to the person:</translation>
        </message>
        <message>
            <source>These orders will be kept without any link to the person:</source>
            <translation>These orders will be kept without any link to the person:</translation>
        </message>
        <message>
            <source>order of %1, kept until %2</source>
            <translation>order of %1, kept until %2</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>and %1 more</translation>
        </message>
    </context>
    <context>
        <name>Erasure</name>
        <message>
            <source>Orders are bookkeeping vouchers that the Accounting Act (kirjanpitolaki 2:10) requires to be kept for six years from the end of the financial year; they are kept without any link to the person (GDPR Art 17(3)(b)).</source>
            <translation>Orders are bookkeeping vouchers that the Accounting Act (kirjanpitolaki 2:10) requires to be kept for six years from the end of the financial year; they are kept without any link to the person (GDPR Art 17(3)(b)).</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No %1 with id %2.</source>
            <translation>No %1 with id %2.</translation>
        </message>
        <message>
            <source>The data folder %1 cannot be opened: %2</source>
            <translation>The data folder %1 cannot be opened: %2</translation>
        </message>
        <message>
            <source>The data folder %1 is already open in another Tietosuoja Desktop window or program. Close the other one and try again.</source>
            <translation>The data folder %1 is already open in another Tietosuoja Desktop window or program. Close the other one and try again.</translation>
        </message>
        <message>
            <source>Cannot continue</source>
            <translation>Cannot continue</translation>
        </message>
        <message>
            <source>Please check these details:</source>
            <translation>Please check these details:</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Name, e-mail, phone or business ID</source>
            <translation>Name, e-mail, phone or business ID</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Search customers</translation>
        </message>
        <message>
            <source>&amp;Marketing:</source>
            <translation>&amp;Marketing:</translation>
        </message>
        <message>
            <source>Marketing filter</source>
            <translation>Marketing filter</translation>
        </message>
        <message>
            <source>Re&amp;gister:</source>
            <translation>Re&amp;gister:</translation>
        </message>
        <message>
            <source>Register filter</source>
            <translation>Register filter</translation>
        </message>
        <message>
            <source>Res&amp;tricted only</source>
            <translation>Res&amp;tricted only</translation>
        </message>
        <message>
            <source>People whose processing is restricted (GDPR Art 18)</source>
            <translation>People whose processing is restricted (GDPR Art 18)</translation>
        </message>
        <message>
            <source>Past &amp;retention</source>
            <translation>Past &amp;retention</translation>
        </message>
        <message>
            <source>People kept longer than their register's retention period allows</source>
            <translation>People kept longer than their register's retention period allows</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Marketing allowed</source>
            <translation>Marketing allowed</translation>
        </message>
        <message>
            <source>Marketing prohibited</source>
            <translation>Marketing prohibited</translation>
        </message>
        <message>
            <source>All registers</source>
            <translation>All registers</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Your data stays on this computer.</source>
            <translation>Your data stays on this computer.</translation>
        </message>
        <message>
            <source>The register, its descriptions and everything you record are kept in:</source>
            <translation>The register, its descriptions and everything you record are kept in:</translation>
        </message>
        <message>
            <source>Nothing is sent anywhere. Include this folder in your backups. If something goes wrong, the program writes the details to the folder %1.</source>
            <translation>Nothing is sent anywhere. Include this folder in your backups. If something goes wrong, the program writes the details to the folder %1.</translation>
        </message>
        <message>
            <source>Finishing saves the profile and the register and opens the program.</source>
            <translation>Finishing saves the profile and the register and opens the program.</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>due today</source>
            <translation>due today</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>What needs attention today: requests due within a week or overdue, and people whose retention period has run out. Double-click a row to open it.</source>
            <translation>What needs attention today: requests due within a week or overdue, and people whose retention period has run out. Double-click a row to open it.</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Everyone in your registers. Type in the search box to find a person; add a customer with Ctrl+N. A person can be restricted, their marketing prohibited, or erased, with a preview of what goes and what stays.</source>
            <translation>Everyone in your registers. Type in the search box to find a person; add a customer with Ctrl+N. A person can be restricted, their marketing prohibited, or erased, with a preview of what goes and what stays.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Requests from people about their data (access, erasure, objection...). An answer is due one month after the request arrived; the program counts the deadline over weekends and public holidays and colours it as it nears.</source>
            <translation>Requests from people about their data (access, erasure, objection...). An answer is due one month after the request arrived; the program counts the deadline over weekends and public holidays and colours it as it nears.</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>The content of each register's privacy statement. Each section tells which requirement of the GDPR it meets; an empty required section is marked with a warning.</source>
            <translation>The content of each register's privacy statement. Each section tells which requirement of the GDPR it meets; an empty required section is marked with a warning.</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Keyboard</translation>
        </message>
        <message>
            <source>Alt+1 to Alt+6 switch between the pages, Ctrl+N adds, Ctrl+F searches, Ctrl+P prints where printing is possible, F5 refreshes and Ctrl+Q quits. An underlined letter in a label, with Alt, moves to its field.</source>
            <translation>Alt+1 to Alt+6 switch between the pages, Ctrl+N adds, Ctrl+F searches, Ctrl+P prints where printing is possible, F5 refreshes and Ctrl+Q quits. An underlined letter in a label, with Alt, moves to its field.</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Your data</translation>
        </message>
        <message>
            <source>Everything stays on this computer in the data folder shown in Settings and in the status bar. Include that folder in your backups.</source>
            <translation>Everything stays on this computer in the data folder shown in Settings and in the status bar. Include that folder in your backups.</translation>
        </message>
        <message>
            <source>Using Tietosuoja Desktop</source>
            <translation>Using Tietosuoja Desktop</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>No changes recorded.</source>
            <translation>No changes recorded.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Full name (first and last)</source>
            <translation>Full name (first and last)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Business ID (Y-tunnus)</source>
            <translation>Business ID (Y-tunnus)</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Street address</translation>
        </message>
        <message>
            <source>Street address, 2nd line</source>
            <translation>Street address, 2nd line</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Personal identity code</source>
            <translation>Personal identity code</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Customer since</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Person or organisation</source>
            <translation>Person or organisation</translation>
        </message>
        <message>
            <source>Order: number</source>
            <translation>Order: number</translation>
        </message>
        <message>
            <source>Order: date</source>
            <translation>Order: date</translation>
        </message>
        <message>
            <source>Order: products</source>
            <translation>Order: products</translation>
        </message>
        <message>
            <source>Order: total (euros)</source>
            <translation>Order: total (euros)</translation>
        </message>
        <message>
            <source>Order: status</source>
            <translation>Order: status</translation>
        </message>
        <message>
            <source>The row has %1 columns but the header has %2.</source>
            <translation>The row has %1 columns but the header has %2.</translation>
        </message>
        <message>
            <source>Not a date: write it as 31.1.2026 or 2026-01-31.</source>
            <translation>Not a date: write it as 31.1.2026 or 2026-01-31.</translation>
        </message>
        <message>
            <source>Unknown language: use fi, sv or en.</source>
            <translation>Unknown language: use fi, sv or en.</translation>
        </message>
        <message>
            <source>Unknown customer type: use person or organisation.</source>
            <translation>Unknown customer type: use person or organisation.</translation>
        </message>
        <message>
            <source>Not an amount in euros with at most two decimals, e.g. 12,50.</source>
            <translation>Not an amount in euros with at most two decimals, e.g. 12,50.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <source>Unknown order status: use open, delivered, invoiced, paid, cancelled or returned.</source>
            <translation>Unknown order status: use open, delivered, invoiced, paid, cancelled or returned.</translation>
        </message>
        <message>
            <source>The order has no date.</source>
            <translation>The order has no date.</translation>
        </message>
        <message>
            <source>The text is too long: at most %1 characters.</source>
            <translation>The text is too long: at most %1 characters.</translation>
        </message>
        <message>
            <source>No column is imported as a name or an organisation: choose one in the mapping.</source>
            <translation>No column is imported as a name or an organisation: choose one in the mapping.</translation>
        </message>
        <message>
            <source>Orders are imported but no column is the order date: choose one in the mapping.</source>
            <translation>Orders are imported but no column is the order date: choose one in the mapping.</translation>
        </message>
        <message>
            <source>A quotation mark in this row is not closed, so the following lines were read into it.</source>
            <translation>A quotation mark in this row is not closed, so the following lines were read into it.</translation>
        </message>
        <message>
            <source>There is no register %1.</source>
            <translation>There is no register %1.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Legal obligation</source>
            <translation>Legal obligation</translation>
        </message>
        <message>
            <source>Vital interests</source>
            <translation>Vital interests</translation>
        </message>
        <message>
            <source>Public task</source>
            <translation>Public task</translation>
        </message>
        <message>
            <source>Legitimate interests</source>
            <translation>Legitimate interests</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Access</translation>
        </message>
        <message>
            <source>Rectification</source>
            <translation>Rectification</translation>
        </message>
        <message>
            <source>Erasure</source>
            <translation>Erasure</translation>
        </message>
        <message>
            <source>Restriction</source>
            <translation>Restriction</translation>
        </message>
        <message>
            <source>Portability</source>
            <translation>Portability</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Objection</translation>
        </message>
        <message>
            <source>Direct-marketing objection</source>
            <translation>Direct-marketing objection</translation>
        </message>
        <message>
            <source>Consent withdrawal</source>
            <translation>Consent withdrawal</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Waiting for identity</source>
            <translation>Waiting for identity</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Extended</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>after the last activity</source>
            <translation>after the last activity</translation>
        </message>
        <message>
            <source>after the last order</source>
            <translation>after the last order</translation>
        </message>
        <message>
            <source>after becoming a customer</source>
            <translation>after becoming a customer</translation>
        </message>
        <message>
            <source>Art %1</source>
            <translation>Art %1</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to Tietosuoja Desktop</source>
            <translation>Welcome to Tietosuoja Desktop</translation>
        </message>
        <message>
            <source>Choose the language of the program.</source>
            <translation>Choose the language of the program.</translation>
        </message>
        <message>
            <source>This program keeps your customer register and its privacy statement, and reminds you when a person's request must be answered. Setting up takes a few minutes; you can change everything later.</source>
            <translation>This program keeps your customer register and its privacy statement, and reminds you when a person's request must be answered. Setting up takes a few minutes; you can change everything later.</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Open data &amp;folder</source>
            <translation>Open data &amp;folder</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Tietosuoja Desktop</source>
            <translation>&amp;About Tietosuoja Desktop</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <source>About Tietosuoja Desktop</source>
            <translation>About Tietosuoja Desktop</translation>
        </message>
        <message>
            <source>%1 %2

A customer register, data-subject requests and privacy statements for Finnish sole traders. Everything stays on this computer.</source>
            <translation>%1 %2

A customer register, data-subject requests and privacy statements for Finnish sole traders. Everything stays on this computer.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Customers are not available.</source>
            <translation>Customers are not available.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>%1 customers · %2 open requests</source>
            <translation>%1 customers · %2 open requests</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Data folder: %1</translation>
        </message>
    </context>
    <context>
        <name>OrderTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <source>Write the amount in euros, e.g. 12,50.</source>
            <translation>Write the amount in euros, e.g. 12,50.</translation>
        </message>
        <message>
            <source>Add an order</source>
            <translation>Add an order</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Reference:</translation>
        </message>
        <message>
            <source>e.g. invoice number</source>
            <translation>e.g. invoice number</translation>
        </message>
        <message>
            <source>Des&amp;cription:</source>
            <translation>Des&amp;cription:</translation>
        </message>
        <message>
            <source>A&amp;mount (€):</source>
            <translation>A&amp;mount (€):</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>No orders.</source>
            <translation>No orders.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>customers</translation>
        </message>
        <message>
            <source>open requests</source>
            <translation>open requests</translation>
        </message>
        <message>
            <source>due within 7 days</source>
            <translation>due within 7 days</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>past their retention period</source>
            <translation>past their retention period</translation>
        </message>
        <message>
            <source>Requests due within a week or overdue</source>
            <translation>Requests due within a week or overdue</translation>
        </message>
        <message>
            <source>No request is due within the next seven days.</source>
            <translation>No request is due within the next seven days.</translation>
        </message>
        <message>
            <source>Past the retention period (first 50)</source>
            <translation>Past the retention period (first 50)</translation>
        </message>
        <message>
            <source>Nobody has outlived their register's retention.</source>
            <translation>Nobody has outlived their register's retention.</translation>
        </message>
        <message>
            <source>Today is %1.</source>
            <translation>Today is %1.</translation>
        </message>
    </context>
    <context>
        <name>PersonalIdField</name>
        <message>
            <source>Hid&amp;e</source>
            <translation>Hid&amp;e</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>Sho&amp;w</translation>
        </message>
        <message>
            <source>Hide the personal identity code</source>
            <translation>Hide the personal identity code</translation>
        </message>
        <message>
            <source>Show the personal identity code</source>
            <translation>Show the personal identity code</translation>
        </message>
        <message>
            <source>Hidden. Press Show to see or change the personal identity code.</source>
            <translation>Hidden. Press Show to see or change the personal identity code.</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>Business na&amp;me:</source>
            <translation>Business na&amp;me:</translation>
        </message>
        <message>
            <source>Street &amp;address:</source>
            <translation>Street &amp;address:</translation>
        </message>
        <message>
            <source>&amp;Postal code:</source>
            <translation>&amp;Postal code:</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;City:</translation>
        </message>
        <message>
            <source>Business &amp;ID (Y-tunnus):</source>
            <translation>Business &amp;ID (Y-tunnus):</translation>
        </message>
        <message>
            <source>Phone n&amp;umber:</source>
            <translation>Phone n&amp;umber:</translation>
        </message>
        <message>
            <source>E-mai&amp;l:</source>
            <translation>E-mai&amp;l:</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <source>Con&amp;tact person:</source>
            <translation>Con&amp;tact person:</translation>
        </message>
        <message>
            <source>Contact person's phone:</source>
            <translation>Contact person's phone:</translation>
        </message>
        <message>
            <source>Contact person's e-mail:</source>
            <translation>Contact person's e-mail:</translation>
        </message>
        <message>
            <source>Who answers questions about privacy (leave empty if it is you, as above):</source>
            <translation>Who answers questions about privacy (leave empty if it is you, as above):</translation>
        </message>
        <message>
            <source>e.g. 1234567-8</source>
            <translation>e.g. 1234567-8</translation>
        </message>
        <message>
            <source>e.g. 040 123 4567</source>
            <translation>e.g. 040 123 4567</translation>
        </message>
        <message>
            <source>e.g. info@example.fi</source>
            <translation>e.g. info@example.fi</translation>
        </message>
        <message>
            <source>The business ID is valid.</source>
            <translation>The business ID is valid.</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>Your business</source>
            <translation>Your business</translation>
        </message>
        <message>
            <source>The controller of the register: every privacy statement and letter carries these details.</source>
            <translation>The controller of the register: every privacy statement and letter carries these details.</translation>
        </message>
    </context>
    <context>
        <name>PurposesTableModel</name>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Legitimate interest</source>
            <translation>Legitimate interest</translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
    </context>
    <context>
        <name>RegisterEditor</name>
        <message>
            <source>Safeguards for the transfers</source>
            <translation>Safeguards for the transfers</translation>
        </message>
        <message>
            <source>Safe&amp;guards:</source>
            <translation>Safe&amp;guards:</translation>
        </message>
        <message>
            <source>Data is &amp;transferred outside the EU/EEA</source>
            <translation>Data is &amp;transferred outside the EU/EEA</translation>
        </message>
        <message>
            <source>&amp;Add purpose</source>
            <translation>&amp;Add purpose</translation>
        </message>
        <message>
            <source>Re&amp;move purpose</source>
            <translation>Re&amp;move purpose</translation>
        </message>
        <message>
            <source>&amp;Years:</source>
            <translation>&amp;Years:</translation>
        </message>
        <message>
            <source>no automatic rule</source>
            <translation>no automatic rule</translation>
        </message>
        <message>
            <source>Retention period in years</source>
            <translation>Retention period in years</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Counted from</translation>
        </message>
        <message>
            <source>Retention described for the reader</source>
            <translation>Retention described for the reader</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>Not saved yet.</translation>
        </message>
        <message>
            <source>Drawn up %1, last changed %2.</source>
            <translation>Drawn up %1, last changed %2.</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Your first register</source>
            <translation>Your first register</translation>
        </message>
        <message>
            <source>Filled in from the template: read it through and make it match your work.</source>
            <translation>Filled in from the template: read it through and make it match your work.</translation>
        </message>
    </context>
    <context>
        <name>RegisterSections</name>
        <message>
            <source>Name of the register</source>
            <translation>Name of the register</translation>
        </message>
        <message>
            <source>Names the register in its privacy statement.</source>
            <translation>Names the register in its privacy statement.</translation>
        </message>
        <message>
            <source>Whose data is kept</source>
            <translation>Whose data is kept</translation>
        </message>
        <message>
            <source>Categories of data subjects, Art 30(1)(c)</source>
            <translation>Categories of data subjects, Art 30(1)(c)</translation>
        </message>
        <message>
            <source>e.g. customers and their contact persons</source>
            <translation>e.g. customers and their contact persons</translation>
        </message>
        <message>
            <source>Purposes and legal bases</source>
            <translation>Purposes and legal bases</translation>
        </message>
        <message>
            <source>Art 13(1)(c): each purpose with its legal basis; Art 13(1)(d): the interests, where the basis is legitimate interests</source>
            <translation>Art 13(1)(c): each purpose with its legal basis; Art 13(1)(d): the interests, where the basis is legitimate interests</translation>
        </message>
        <message>
            <source>Personal data in the register</source>
            <translation>Personal data in the register</translation>
        </message>
        <message>
            <source>Categories of personal data, Art 14(1)(d)</source>
            <translation>Categories of personal data, Art 14(1)(d)</translation>
        </message>
        <message>
            <source>e.g. name, address, e-mail, orders</source>
            <translation>e.g. name, address, e-mail, orders</translation>
        </message>
        <message>
            <source>Where the data comes from</source>
            <translation>Where the data comes from</translation>
        </message>
        <message>
            <source>Regular sources, Art 14(2)(f)</source>
            <translation>Regular sources, Art 14(2)(f)</translation>
        </message>
        <message>
            <source>e.g. from the customers themselves</source>
            <translation>e.g. from the customers themselves</translation>
        </message>
        <message>
            <source>Recipients and regular disclosures</source>
            <translation>Recipients and regular disclosures</translation>
        </message>
        <message>
            <source>Recipients, Art 13(1)(e)</source>
            <translation>Recipients, Art 13(1)(e)</translation>
        </message>
        <message>
            <source>e.g. the carrier; or: no regular disclosures</source>
            <translation>e.g. the carrier; or: no regular disclosures</translation>
        </message>
        <message>
            <source>Processors (service providers)</source>
            <translation>Processors (service providers)</translation>
        </message>
        <message>
            <source>Art 13(1)(e) and Art 28</source>
            <translation>Art 13(1)(e) and Art 28</translation>
        </message>
        <message>
            <source>e.g. the accountant, the e-mail service</source>
            <translation>e.g. the accountant, the e-mail service</translation>
        </message>
        <message>
            <source>Transfers outside the EU/EEA</source>
            <translation>Transfers outside the EU/EEA</translation>
        </message>
        <message>
            <source>Transfers and their safeguards, Art 13(1)(f)</source>
            <translation>Transfers and their safeguards, Art 13(1)(f)</translation>
        </message>
        <message>
            <source>e.g. the EU Commission's standard contractual clauses</source>
            <translation>e.g. the EU Commission's standard contractual clauses</translation>
        </message>
        <message>
            <source>How long the data is kept</source>
            <translation>How long the data is kept</translation>
        </message>
        <message>
            <source>Retention period or its criteria, Art 13(2)(a)</source>
            <translation>Retention period or its criteria, Art 13(2)(a)</translation>
        </message>
        <message>
            <source>e.g. five years after the last order; vouchers six years</source>
            <translation>e.g. five years after the last order; vouchers six years</translation>
        </message>
        <message>
            <source>Must the data be given?</source>
            <translation>Must the data be given?</translation>
        </message>
        <message>
            <source>Statutory or contractual requirement and what follows if not given, Art 13(2)(e)</source>
            <translation>Statutory or contractual requirement and what follows if not given, Art 13(2)(e)</translation>
        </message>
        <message>
            <source>Automated decisions and profiling</source>
            <translation>Automated decisions and profiling</translation>
        </message>
        <message>
            <source>Art 13(2)(f); leave empty when none are made</source>
            <translation>Art 13(2)(f); leave empty when none are made</translation>
        </message>
        <message>
            <source>Protecting manual material</source>
            <translation>Protecting manual material</translation>
        </message>
        <message>
            <source>Security of processing, Art 32</source>
            <translation>Security of processing, Art 32</translation>
        </message>
        <message>
            <source>e.g. papers in a locked cabinet</source>
            <translation>e.g. papers in a locked cabinet</translation>
        </message>
        <message>
            <source>Protecting electronic data</source>
            <translation>Protecting electronic data</translation>
        </message>
        <message>
            <source>e.g. encrypted disk, passwords, backups</source>
            <translation>e.g. encrypted disk, passwords, backups</translation>
        </message>
        <message>
            <source>Cookies</source>
            <translation>Cookies</translation>
        </message>
        <message>
            <source>Where a web site feeds the register (Electronic Communications Services Act, section 205)</source>
            <translation>Where a web site feeds the register (Electronic Communications Services Act, section 205)</translation>
        </message>
    </context>
    <context>
        <name>RegistersPage</name>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>Each register has its own privacy statement. Fill in every section; the form tells which requirement of the GDPR each one meets.</source>
            <translation>Each register has its own privacy statement. Fill in every section; the form tells which requirement of the GDPR each one meets.</translation>
        </message>
        <message>
            <source>&amp;New register</source>
            <translation>&amp;New register</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Revert</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The register description has unsaved changes. Save them?</source>
            <translation>The register description has unsaved changes. Save them?</translation>
        </message>
    </context>
    <context>
        <name>RegistersTableModel</name>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Last changed</translation>
        </message>
    </context>
    <context>
        <name>RequestTableModel</name>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>The request is already closed (%1).</source>
            <translation>The request is already closed (%1).</translation>
        </message>
        <message>
            <source>The request has already been extended.</source>
            <translation>The request has already been extended.</translation>
        </message>
        <message>
            <source>Too late to extend: the person had to be told of an extension by %1.</source>
            <translation>Too late to extend: the person had to be told of an extension by %1.</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <source>Data-subject requests</source>
            <translation>Data-subject requests</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>Open requests</source>
            <translation>Open requests</translation>
        </message>
        <message>
            <source>Due within a week or overdue</source>
            <translation>Due within a week or overdue</translation>
        </message>
        <message>
            <source>Closed requests</source>
            <translation>Closed requests</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>All requests</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n request</numerusform>
                <numerusform>%n requests</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a request to see how its deadline was counted.</source>
            <translation>Select a request to see how its deadline was counted.</translation>
        </message>
    </context>
    <context>
        <name>RequestsTab</name>
        <message>
            <source>No requests from this person. Requests are logged on the Requests page.</source>
            <translation>No requests from this person. Requests are logged on the Requests page.</translation>
        </message>
    </context>
    <context>
        <name>RequestsTableModel</name>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>RetentionTableModel</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Counted from</translation>
        </message>
        <message>
            <source>Retention ended</source>
            <translation>Retention ended</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Language of the program</source>
            <translation>Language of the program</translation>
        </message>
        <message>
            <source>Business profile</source>
            <translation>Business profile</translation>
        </message>
        <message>
            <source>Supervisory authority</source>
            <translation>Supervisory authority</translation>
        </message>
        <message>
            <source>Privacy statements and letters tell people where to complain. Check the address now and then: authorities move.</source>
            <translation>Privacy statements and letters tell people where to complain. Check the address now and then: authorities move.</translation>
        </message>
        <message>
            <source>Lan&amp;guage of the program:</source>
            <translation>Lan&amp;guage of the program:</translation>
        </message>
        <message>
            <source>Save p&amp;rofile</source>
            <translation>Save p&amp;rofile</translation>
        </message>
        <message>
            <source>Save authorit&amp;y</source>
            <translation>Save authorit&amp;y</translation>
        </message>
        <message>
            <source>Restore the &amp;default text</source>
            <translation>Restore the &amp;default text</translation>
        </message>
        <message>
            <source>Supervisory authority (%1)</source>
            <translation>Supervisory authority (%1)</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Everything you record is kept in this folder on this computer, with the program's log files in its logs folder.</source>
            <translation>Everything you record is kept in this folder on this computer, with the program's log files in its logs folder.</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Open folder</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Setting up Tietosuoja Desktop</source>
            <translation>Setting up Tietosuoja Desktop</translation>
        </message>
    </context>
    <context>
        <name>TemplatePage</name>
        <message>
            <source>What kind of business?</source>
            <translation>What kind of business?</translation>
        </message>
        <message>
            <source>Choose the template closest to yours for your first register.</source>
            <translation>Choose the template closest to yours for your first register.</translation>
        </message>
        <message>
            <source>The template fills in the purposes, legal bases, data, sources, retention and security of the privacy statement. You can edit every part on the next page.</source>
            <translation>The template fills in the purposes, legal bases, data, sources, retention and security of the privacy statement. You can edit every part on the next page.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Web shop</source>
            <translation>Web shop</translation>
        </message>
        <message>
            <source>Service business</source>
            <translation>Service business</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Orders, deliveries, returns, a newsletter and the shop's cookies.</source>
            <translation>Orders, deliveries, returns, a newsletter and the shop's cookies.</translation>
        </message>
        <message>
            <source>Appointments and client work, e.g. a hairdresser, a physiotherapist or a consultant.</source>
            <translation>Appointments and client work, e.g. a hairdresser, a physiotherapist or a consultant.</translation>
        </message>
        <message>
            <source>Members, membership fees and news for the members of a registered society.</source>
            <translation>Members, membership fees and news for the members of a registered society.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Enter a first name or a last name.</source>
            <translation>Enter a first name or a last name.</translation>
        </message>
        <message>
            <source>Enter the name of the organisation.</source>
            <translation>Enter the name of the organisation.</translation>
        </message>
        <message>
            <source>The text is too long: at most %1 characters.</source>
            <translation>The text is too long: at most %1 characters.</translation>
        </message>
        <message>
            <source>The text contains control characters; retype it without them.</source>
            <translation>The text contains control characters; retype it without them.</translation>
        </message>
        <message>
            <source>A business ID is seven digits, a hyphen and a check digit, e.g. 1234567-8.</source>
            <translation>A business ID is seven digits, a hyphen and a check digit, e.g. 1234567-8.</translation>
        </message>
        <message>
            <source>The check digit of the business ID is wrong; check the number.</source>
            <translation>The check digit of the business ID is wrong; check the number.</translation>
        </message>
        <message>
            <source>Enter the business ID (Y-tunnus).</source>
            <translation>Enter the business ID (Y-tunnus).</translation>
        </message>
        <message>
            <source>A personal identity code is written DDMMYYCZZZQ, e.g. 131052-308T.</source>
            <translation>A personal identity code is written DDMMYYCZZZQ, e.g. 131052-308T.</translation>
        </message>
        <message>
            <source>The personal identity code contains a date that does not exist.</source>
            <translation>The personal identity code contains a date that does not exist.</translation>
        </message>
        <message>
            <source>The individual number of the personal identity code must be between 002 and 899.</source>
            <translation>The individual number of the personal identity code must be between 002 and 899.</translation>
        </message>
        <message>
            <source>The check character of the personal identity code is wrong; check the code.</source>
            <translation>The check character of the personal identity code is wrong; check the code.</translation>
        </message>
        <message>
            <source>Enter a phone number such as 040 123 4567, or with its country code, e.g. +46 70 123 45 67.</source>
            <translation>Enter a phone number such as 040 123 4567, or with its country code, e.g. +46 70 123 45 67.</translation>
        </message>
        <message>
            <source>This is not a valid phone number in its country; check the digits.</source>
            <translation>This is not a valid phone number in its country; check the digits.</translation>
        </message>
        <message>
            <source>Enter an e-mail address of the form name@example.fi.</source>
            <translation>Enter an e-mail address of the form name@example.fi.</translation>
        </message>
        <message>
            <source>A Finnish postal code is five digits, e.g. 00100.</source>
            <translation>A Finnish postal code is five digits, e.g. 00100.</translation>
        </message>
        <message>
            <source>A postal code has 2 to 12 letters, digits, spaces or hyphens.</source>
            <translation>A postal code has 2 to 12 letters, digits, spaces or hyphens.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>The date cannot be in the future.</translation>
        </message>
        <message>
            <source>The birth date cannot be before %1.</source>
            <translation>The birth date cannot be before %1.</translation>
        </message>
        <message>
            <source>The birth date does not match the personal identity code.</source>
            <translation>The birth date does not match the personal identity code.</translation>
        </message>
        <message>
            <source>Enter a name for the register.</source>
            <translation>Enter a name for the register.</translation>
        </message>
        <message>
            <source>Describe purpose %1.</source>
            <translation>Describe purpose %1.</translation>
        </message>
        <message>
            <source>Purpose %1 is based on legitimate interests: describe those interests (Art 13(1)(d)).</source>
            <translation>Purpose %1 is based on legitimate interests: describe those interests (Art 13(1)(d)).</translation>
        </message>
        <message>
            <source>Data is transferred outside the EU/EEA: describe the safeguards (Art 13(1)(f)).</source>
            <translation>Data is transferred outside the EU/EEA: describe the safeguards (Art 13(1)(f)).</translation>
        </message>
        <message>
            <source>The retention period must be from %1 to %2 years.</source>
            <translation>The retention period must be from %1 to %2 years.</translation>
        </message>
        <message>
            <source>No purposes of processing yet: add at least one with its legal basis.</source>
            <translation>No purposes of processing yet: add at least one with its legal basis.</translation>
        </message>
        <message>
            <source>Describe what personal data the register contains.</source>
            <translation>Describe what personal data the register contains.</translation>
        </message>
        <message>
            <source>Describe where the data comes from, e.g. from the customers themselves.</source>
            <translation>Describe where the data comes from, e.g. from the customers themselves.</translation>
        </message>
        <message>
            <source>Name the recipients and regular disclosures, or write that there are none.</source>
            <translation>Name the recipients and regular disclosures, or write that there are none.</translation>
        </message>
        <message>
            <source>Say how long the data is kept, or the criteria for deciding it.</source>
            <translation>Say how long the data is kept, or the criteria for deciding it.</translation>
        </message>
        <message>
            <source>Describe how manual (paper) material is protected, or that there is none.</source>
            <translation>Describe how manual (paper) material is protected, or that there is none.</translation>
        </message>
        <message>
            <source>Describe how electronically processed data is protected.</source>
            <translation>Describe how electronically processed data is protected.</translation>
        </message>
        <message>
            <source>Say whose data the register holds, e.g. customers and their contact persons.</source>
            <translation>Say whose data the register holds, e.g. customers and their contact persons.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <source>There is no register %1.</source>
            <translation>There is no register %1.</translation>
        </message>
        <message>
            <source>The received date cannot be in the future.</source>
            <translation>The received date cannot be in the future.</translation>
        </message>
        <message>
            <source>Choose a customer or give the requester's name.</source>
            <translation>Choose a customer or give the requester's name.</translation>
        </message>
        <message>
            <source>Give the reason for the extension.</source>
            <translation>Give the reason for the extension.</translation>
        </message>
        <message>
            <source>Give the reason.</source>
            <translation>Give the reason.</translation>
        </message>
    </context>
    <context>
        <name>out</name>
        <message>
            <source>The register in %1 is open in another program (Tietosuoja Desktop?). Close it and try again.</source>
            <translation>The register in %1 is open in another program (Tietosuoja Desktop?). Close it and try again.</translation>
        </message>
    </context>
</TS>
