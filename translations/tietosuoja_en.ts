<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
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
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>AccessHolderDialog</name>
    <message>
        <source>Access to personal data</source>
        <translation>Access to personal data</translation>
    </message>
    <message>
        <source>Who has access to personal data</source>
        <translation>Who has access to personal data</translation>
    </message>
    <message>
        <source>Everyone who processes personal data on your behalf signs a confidentiality undertaking and is briefed before getting access (GDPR Art 29 and 32(4)).</source>
        <translation>Everyone who processes personal data on your behalf signs a confidentiality undertaking and is briefed before getting access (GDPR Art 29 and 32(4)).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>Re&amp;gisters they can reach:</source>
        <translation>Re&amp;gisters they can reach:</translation>
    </message>
    <message>
        <source>Other &amp;access (e-mail, paper files…):</source>
        <translation>Other &amp;access (e-mail, paper files…):</translation>
    </message>
    <message>
        <source>&amp;Undertaking signed on:</source>
        <translation>&amp;Undertaking signed on:</translation>
    </message>
    <message>
        <source>Signed copy:</source>
        <translation>Signed copy:</translation>
    </message>
    <message>
        <source>&amp;Briefed on:</source>
        <translation>&amp;Briefed on:</translation>
    </message>
    <message>
        <source>Access &amp;from:</source>
        <translation>Access &amp;from:</translation>
    </message>
    <message>
        <source>Access un&amp;til:</source>
        <translation>Access un&amp;til:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <source>The signed undertaking, scanned or as a PDF</source>
        <translation>The signed undertaking, scanned or as a PDF</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.yyyy</translation>
    </message>
    <message>
        <source>Choose the signed copy</source>
        <translation>Choose the signed copy</translation>
    </message>
    <message>
        <source>Choose the signed undertaking</source>
        <translation>Choose the signed undertaking</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
</context>
<context>
    <name>AccessListDialog</name>
    <message>
        <source>Access list</source>
        <translation>Access list</translation>
    </message>
    <message>
        <source>Who has access to personal data</source>
        <translation>Who has access to personal data</translation>
    </message>
    <message>
        <source>Keep here everyone who can reach the registers: you, a helper, the accounting firm, IT support. Print the confidentiality undertaking, have it signed and attach the signed copy.</source>
        <translation>Keep here everyone who can reach the registers: you, a helper, the accounting firm, IT support. Print the confidentiality undertaking, have it signed and attach the signed copy.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Print undertaking…</source>
        <translation>&amp;Print undertaking…</translation>
    </message>
    <message>
        <source>The form for the chosen person, or a blank one when nobody is chosen</source>
        <translation>The form for the chosen person, or a blank one when nobody is chosen</translation>
    </message>
    <message>
        <source>&amp;Save signed copy…</source>
        <translation>&amp;Save signed copy…</translation>
    </message>
    <message>
        <source>No undertaking or briefing recorded for: %1</source>
        <translation>No undertaking or briefing recorded for: %1</translation>
    </message>
    <message>
        <source>Remove from the access list</source>
        <translation>Remove from the access list</translation>
    </message>
    <message>
        <source>Remove %1 and the archived undertaking? Only for an entry made by mistake: when access ends, set the last day instead, so the list still shows who could reach what.</source>
        <translation>Remove %1 and the archived undertaking? Only for an entry made by mistake: when access ends, set the last day instead, so the list still shows who could reach what.</translation>
    </message>
    <message>
        <source>Save the signed copy</source>
        <translation>Save the signed copy</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>The file %1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>AccessRole</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Helper</translation>
    </message>
    <message>
        <source>Accounting firm</source>
        <translation>Accounting firm</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT support</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AccessTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Undertaking</source>
        <translation>Undertaking</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Access until</source>
        <translation>Access until</translation>
    </message>
</context>
<context>
    <name>ActionButtons</name>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Mark as sent…</translation>
    </message>
    <message>
        <source>Record how and when the answer went to the person: this completes the request</source>
        <translation>Record how and when the answer went to the person: this completes the request</translation>
    </message>
    <message>
        <source>Draft an &amp;e-mail</source>
        <translation>Draft an &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <source>Confirm receipt and tell the due date</source>
        <translation>Confirm receipt and tell the due date</translation>
    </message>
    <message>
        <source>Ask for &amp;identity…</source>
        <translation>Ask for &amp;identity…</translation>
    </message>
    <message>
        <source>Identity &amp;received</source>
        <translation>Identity &amp;received</translation>
    </message>
    <message>
        <source>Identity faile&amp;d</source>
        <translation>Identity faile&amp;d</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <source>Two more months, with a reason (Art 12(3))</source>
        <translation>Two more months, with a reason (Art 12(3))</translation>
    </message>
    <message>
        <source>Ref&amp;use…</source>
        <translation>Ref&amp;use…</translation>
    </message>
    <message>
        <source>Refuse or take no action, with a reason (Art 12(4))</source>
        <translation>Refuse or take no action, with a reason (Art 12(4))</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;Withdrawn…</translation>
    </message>
    <message>
        <source>The person has withdrawn the request</source>
        <translation>The person has withdrawn the request</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;page…</source>
        <translation>Person&apos;s &amp;page…</translation>
    </message>
    <message>
        <source>Write an e-mail with the answer attached and open it in your mail program; send it there, then mark the request sent</source>
        <translation>Write an e-mail with the answer attached and open it in your mail program; send it there, then mark the request sent</translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation>Waiting for proof of identity</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Sign digitally</source>
        <translation>&amp;Sign digitally</translation>
    </message>
    <message>
        <source>Sign with your signing key, to send the letter by e-mail</source>
        <translation>Sign with your signing key, to send the letter by e-mail</translation>
    </message>
    <message>
        <source>Create or import a signing key in Settings to sign letters digitally</source>
        <translation>Create or import a signing key in Settings to sign letters digitally</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase of the signing key</translation>
    </message>
    <message>
        <source>The register has no postal address for this person: a letter for posting cannot be addressed.</source>
        <translation>The register has no postal address for this person: a letter for posting cannot be addressed.</translation>
    </message>
    <message>
        <source>The register has no postal address or e-mail address for this person: add one on the person&apos;s page, or hand the letter over in person.</source>
        <translation>The register has no postal address or e-mail address for this person: add one on the person&apos;s page, or hand the letter over in person.</translation>
    </message>
    <message>
        <source>Make it for &amp;e-mail: addressed to the e-mail address</source>
        <translation>Make it for &amp;e-mail: addressed to the e-mail address</translation>
    </message>
    <message>
        <source>Give the reason: the letter states it.</source>
        <translation>Give the reason: the letter states it.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Type the passphrase of your signing key.</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>Privacy statements</source>
        <translation>Privacy statements</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Records of processing</translation>
    </message>
    <message>
        <source>Access reports</source>
        <translation>Access reports</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Request logs</source>
        <translation>Request logs</translation>
    </message>
    <message>
        <source>Legitimate interest assessments</source>
        <translation>Legitimate interest assessments</translation>
    </message>
    <message>
        <source>Data protection impact assessments</source>
        <translation>Data protection impact assessments</translation>
    </message>
    <message>
        <source>Security reviews</source>
        <translation>Security reviews</translation>
    </message>
    <message>
        <source>Retention erasure runs</source>
        <translation>Retention erasure runs</translation>
    </message>
    <message>
        <source>Data protection policies</source>
        <translation>Data protection policies</translation>
    </message>
    <message>
        <source>Supervisor&apos;s folder cover pages</source>
        <translation>Supervisor&apos;s folder cover pages</translation>
    </message>
    <message>
        <source>Archived documents</source>
        <translation>Archived documents</translation>
    </message>
    <message>
        <source>No documents here yet. Every document you make is kept here, so earlier versions can always be opened again.</source>
        <translation>No documents here yet. Every document you make is kept here, so earlier versions can always be opened again.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Check si&amp;gnature</source>
        <translation>Check si&amp;gnature</translation>
    </message>
</context>
<context>
    <name>ArchiveTableModel</name>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Access report</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Record of processing</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Request log</translation>
    </message>
    <message>
        <source>Breach report</source>
        <translation>Breach report</translation>
    </message>
    <message>
        <source>Legitimate interest assessment</source>
        <translation>Legitimate interest assessment</translation>
    </message>
    <message>
        <source>Data protection impact assessment</source>
        <translation>Data protection impact assessment</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Security review</translation>
    </message>
    <message>
        <source>Retention erasure run</source>
        <translation>Retention erasure run</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Consent record</translation>
    </message>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Confidentiality undertaking</translation>
    </message>
    <message>
        <source>Data protection policy</source>
        <translation>Data protection policy</translation>
    </message>
    <message>
        <source>Supervisor&apos;s folder cover page</source>
        <translation>Supervisor&apos;s folder cover page</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Attach a &amp;file…</translation>
    </message>
    <message>
        <source>Keep a scanned letter or a saved e-mail with the request</source>
        <translation>Keep a scanned letter or a saved e-mail with the request</translation>
    </message>
    <message>
        <source>Attached originals</source>
        <translation>Attached originals</translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation>Save the original</translation>
    </message>
    <message>
        <source>Attach the original</source>
        <translation>Attach the original</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>The file %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>the entry was changed after it was written</translation>
    </message>
    <message>
        <source>the previous entry&apos;s hash recorded in it was changed</source>
        <translation>the previous entry&apos;s hash recorded in it was changed</translation>
    </message>
    <message>
        <source>an entry before it is missing (removed or replaced)</source>
        <translation>an entry before it is missing (removed or replaced)</translation>
    </message>
    <message>
        <source>entries were moved out of their order</source>
        <translation>entries were moved out of their order</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked.</numerusform>
            <numerusform>The audit log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: the chain breaks at entry %1 (%2): %3.</source>
        <translation>The audit log has been tampered with: the chain breaks at entry %1 (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>The %n entries before it are intact.</source>
        <translation>
            <numerusform>The %n entry before it is intact.</numerusform>
            <numerusform>The %n entries before it are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of the chain: %1. Write it down or keep the PDF: checking against it later also shows entries removed from the end (tietosuoja audit verify --head).</source>
        <translation>Head of the chain: %1. Write it down or keep the PDF: checking against it later also shows entries removed from the end (tietosuoja audit verify --head).</translation>
    </message>
    <message>
        <source>Save the audit log as CSV</source>
        <translation>Save the audit log as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save the audit log as PDF</source>
        <translation>Save the audit log as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every change to the register is recorded here by time, action and the names of the fields changed, never their values. Each entry carries the hash of the one before it, so an entry changed, removed or moved outside the program is found when you verify the log.</source>
        <translation>Every change to the register is recorded here by time, action and the names of the fields changed, never their values. Each entry carries the hash of the one before it, so an entry changed, removed or moved outside the program is found when you verify the log.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>C&amp;opy head</source>
        <translation>C&amp;opy head</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Audit log entries, newest first</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Business profile</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Breach</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>Suppression list</translation>
    </message>
    <message>
        <source>Supervisor&apos;s folder</source>
        <translation>Supervisor&apos;s folder</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>Demo data added</source>
        <translation>Demo data added</translation>
    </message>
    <message>
        <source>Personal details removed</source>
        <translation>Personal details removed</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>Authority notified</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>People informed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Added to the suppression list</source>
        <translation>Added to the suppression list</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup is damaged and cannot be restored: %1</source>
        <translation>The backup is damaged and cannot be restored: %1</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Tietosuoja Desktop; update the app to restore it.</source>
        <translation>The backup was made by a newer version of Tietosuoja Desktop; update the app to restore it.</translation>
    </message>
    <message>
        <source>The file is not a Tietosuoja Desktop register and cannot be restored.</source>
        <translation>The file is not a Tietosuoja Desktop register and cannot be restored.</translation>
    </message>
    <message>
        <source>The backup cannot be opened with this register&apos;s passphrase: it is damaged, or encrypted with another passphrase (one used before the passphrase was changed, or another register&apos;s).</source>
        <translation>The backup cannot be opened with this register&apos;s passphrase: it is damaged, or encrypted with another passphrase (one used before the passphrase was changed, or another register&apos;s).</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup: it is another passphrase, or the backup is damaged.</source>
        <translation>That passphrase does not open the backup: it is another passphrase, or the backup is damaged.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups are kept in %1. Copy them to another disk now and then.</source>
        <translation>Backups are kept in %1. Copy them to another disk now and then.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest automatic backups:</source>
        <translation>&amp;Keep the newest automatic backups:</translation>
    </message>
    <message>
        <source>Backups made on closing, before updates and before restores, of each kind.</source>
        <translation>Backups made on closing, before updates and before restores, of each kind.</translation>
    </message>
    <message>
        <source>The backups take %1 in all; %2 is free on that disk.</source>
        <translation>The backups take %1 in all; %2 is free on that disk.</translation>
    </message>
    <message>
        <source>The next backup (%1) does not fit: free some space or keep fewer backups.</source>
        <translation>The next backup (%1) does not fit: free some space or keep fewer backups.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the register with the backup %1?

Everything added or changed after it was taken is replaced; the register as it is now is kept as a backup. People erased after the backup was taken are erased again.</source>
        <translation>Replace the register with the backup %1?

Everything added or changed after it was taken is replaced; the register as it is now is kept as a backup. People erased after the backup was taken are erased again.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All (*)</source>
        <translation>Backups (*.sqlite);;All (*)</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>The backup&apos;s passphrase</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted with another passphrase, one used before it was changed. Type that passphrase to restore it; the register keeps its present passphrase.</source>
        <translation>The backup %1 is encrypted with another passphrase, one used before it was changed. Type that passphrase to restore it; the register keeps its present passphrase.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>%1 people erased after the backup was taken were erased again.</source>
        <translation>%1 people erased after the backup was taken were erased again.</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>The register is damaged</translation>
    </message>
    <message>
        <source>The register file %1 is damaged and cannot be opened.</source>
        <translation>The register file %1 is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>There is no intact backup. The damaged file is left as it is; contact support.</source>
        <translation>There is no intact backup. The damaged file is left as it is; contact support.</translation>
    </message>
    <message>
        <source>The latest intact backup is %1. Restore it? People erased after it was taken are erased again, and the damaged file is kept beside the backups.</source>
        <translation>The latest intact backup is %1. Restore it? People erased after it was taken are erased again, and the damaged file is kept beside the backups.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>made by you</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>%1, not checked yet</source>
        <translation>%1, not checked yet</translation>
    </message>
    <message>
        <source>%1, DAMAGED: failed its check</source>
        <translation>%1, DAMAGED: failed its check</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Log a breach</source>
        <translation>Log a breach</translation>
    </message>
    <message>
        <source>Edit breach</source>
        <translation>Edit breach</translation>
    </message>
    <message>
        <source>Find a customer to link</source>
        <translation>Find a customer to link</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Customers found</translation>
    </message>
    <message>
        <source>Linked customers</source>
        <translation>Linked customers</translation>
    </message>
    <message>
        <source>Log every personal data breach, even a small one. Unless it is unlikely to result in a risk, the Data Protection Ombudsman must be notified within 72 hours of discovery; when the risk is high, the people affected must be told too.</source>
        <translation>Log every personal data breach, even a small one. Unless it is unlikely to result in a risk, the Data Protection Ombudsman must be notified within 72 hours of discovery; when the risk is high, the people affected must be told too.</translation>
    </message>
    <message>
        <source>&amp;Discovered:</source>
        <translation>&amp;Discovered:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Nature:</translation>
    </message>
    <message>
        <source>D&amp;ata concerned:</source>
        <translation>D&amp;ata concerned:</translation>
    </message>
    <message>
        <source>&amp;People affected (approx.):</source>
        <translation>&amp;People affected (approx.):</translation>
    </message>
    <message>
        <source>&amp;Records affected (approx.):</source>
        <translation>&amp;Records affected (approx.):</translation>
    </message>
    <message>
        <source>Likely &amp;consequences:</source>
        <translation>Likely &amp;consequences:</translation>
    </message>
    <message>
        <source>Measures &amp;taken:</source>
        <translation>Measures &amp;taken:</translation>
    </message>
    <message>
        <source>&amp;Measures proposed:</source>
        <translation>&amp;Measures proposed:</translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation>Ris&amp;k:</translation>
    </message>
    <message>
        <source>Reasoning for the risk:</source>
        <translation>Reasoning for the risk:</translation>
    </message>
    <message>
        <source>Affected customers:</source>
        <translation>Affected customers:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>e.g. A laptop with the customer register was stolen from a car.</source>
        <translation>e.g. A laptop with the customer register was stolen from a car.</translation>
    </message>
    <message>
        <source>e.g. names, addresses, order history</source>
        <translation>e.g. names, addresses, order history</translation>
    </message>
    <message>
        <source>Find a customer to link: name, e-mail, phone</source>
        <translation>Find a customer to link: name, e-mail, phone</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Linked: the letters go to these customers</source>
        <translation>Linked: the letters go to these customers</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
</context>
<context>
    <name>BreachNames</name>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Data was disclosed to or seen by someone not entitled to it.</source>
        <translation>Data was disclosed to or seen by someone not entitled to it.</translation>
    </message>
    <message>
        <source>Data was altered without authority.</source>
        <translation>Data was altered without authority.</translation>
    </message>
    <message>
        <source>Data was lost or destroyed, or could not be used for a while.</source>
        <translation>Data was lost or destroyed, or could not be used for a while.</translation>
    </message>
    <message>
        <source>Unlikely to result in a risk</source>
        <translation>Unlikely to result in a risk</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>No exception: people are told</source>
        <translation>No exception: people are told</translation>
    </message>
    <message>
        <source>The data was unintelligible, e.g. encrypted (Art 34(3)(a))</source>
        <translation>The data was unintelligible, e.g. encrypted (Art 34(3)(a))</translation>
    </message>
    <message>
        <source>Later measures removed the high risk (Art 34(3)(b))</source>
        <translation>Later measures removed the high risk (Art 34(3)(b))</translation>
    </message>
    <message>
        <source>Disproportionate effort: a public notice instead (Art 34(3)(c))</source>
        <translation>Disproportionate effort: a public notice instead (Art 34(3)(c))</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min left</translation>
    </message>
    <message>
        <source>%1 h %2 min overdue</source>
        <translation>%1 h %2 min overdue</translation>
    </message>
    <message>
        <source>Notified %1</source>
        <translation>Notified %1</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation>Not notified</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Breach log</source>
        <translation>Breach log</translation>
    </message>
    <message>
        <source>The selected breach</source>
        <translation>The selected breach</translation>
    </message>
    <message>
        <source>&amp;Log a breach…</source>
        <translation>&amp;Log a breach…</translation>
    </message>
    <message>
        <source>Log a personal data breach (Ctrl+N)</source>
        <translation>Log a personal data breach (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Authority &amp;notified…</source>
        <translation>Authority &amp;notified…</translation>
    </message>
    <message>
        <source>People &amp;informed…</source>
        <translation>People &amp;informed…</translation>
    </message>
    <message>
        <source>Le&amp;tters…</source>
        <translation>Le&amp;tters…</translation>
    </message>
    <message>
        <source>Write a letter to each affected customer, in their own language</source>
        <translation>Write a letter to each affected customer, in their own language</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>&amp;Close breach</source>
        <translation>&amp;Close breach</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <source>No breaches logged. When personal data is lost, stolen, sent to the wrong person or altered, log it here at once: the 72-hour clock starts when you become aware of it.</source>
        <translation>No breaches logged. When personal data is lost, stolen, sent to the wrong person or altered, log it here at once: the 72-hour clock starts when you become aware of it.</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>Data concerned</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>People affected</translation>
    </message>
    <message>
        <source>Records affected</source>
        <translation>Records affected</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Likely consequences</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Measures proposed</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72-hour clock</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Reasons for the delay</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>People informed</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Linked customers</source>
        <translation>Linked customers</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation>Breach %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Close breach</source>
        <translation>Close breach</translation>
    </message>
    <message>
        <source>Close breach %1? Close it when the authority and the people affected have been told as required and the measures are done.</source>
        <translation>Close breach %1? Close it when the authority and the people affected have been told as required and the measures are done.</translation>
    </message>
    <message>
        <source>Letters saved</source>
        <translation>Letters saved</translation>
    </message>
    <message>
        <source>Letters saved in %1: %2.</source>
        <translation>Letters saved in %1: %2.</translation>
    </message>
    <message>
        <source>Once you have sent them, record that the people were informed. Record it now?</source>
        <translation>Once you have sent them, record that the people were informed. Record it now?</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>by letter</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Writing the letters…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Could not save the letters: %1</source>
        <translation>Could not save the letters: %1</translation>
    </message>
    <message>
        <source>Cannot sign</source>
        <translation>Cannot sign</translation>
    </message>
    <message>
        <source>Save the breach report</source>
        <translation>Save the breach report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Could not save the report: %1</translation>
    </message>
</context>
<context>
    <name>BreachesTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Notify authority by</source>
        <translation>Notify authority by</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72-hour clock</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>notified %1</source>
        <translation>notified %1</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>overdue by %1 h %2 min</source>
        <translation>overdue by %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min left</translation>
    </message>
    <message>
        <source>Added %1 to the access list: %2.</source>
        <translation>Added %1 to the access list: %2.</translation>
    </message>
    <message>
        <source>Access list entry %1 saved: %2.</source>
        <translation>Access list entry %1 saved: %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Undertaking</source>
        <translation>Undertaking</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>No one is on the access list.</source>
        <translation>No one is on the access list.</translation>
    </message>
    <message>
        <source>Other access</source>
        <translation>Other access</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Access list entry %1 removed.</source>
        <translation>Access list entry %1 removed.</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Notify by</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72-hour clock</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Breach %1 logged.</source>
        <translation>Breach %1 logged.</translation>
    </message>
    <message>
        <source>No breaches.</source>
        <translation>No breaches.</translation>
    </message>
    <message>
        <source>Breach %1</source>
        <translation>Breach %1</translation>
    </message>
    <message>
        <source>Notification of breach %1 recorded.</source>
        <translation>Notification of breach %1 recorded.</translation>
    </message>
    <message>
        <source>--sign signs the letters: give --letters FOLDER too.</source>
        <translation>--sign signs the letters: give --letters FOLDER too.</translation>
    </message>
    <message>
        <source>People informed of breach %1 recorded.</source>
        <translation>People informed of breach %1 recorded.</translation>
    </message>
    <message>
        <source>%1 letters written to %2.</source>
        <translation>%1 letters written to %2.</translation>
    </message>
    <message>
        <source>Breach %1 closed.</source>
        <translation>Breach %1 closed.</translation>
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
        <source>%1 requests stay on record as the erased person&apos;s entries (type, received, status); their descriptions and notes are cleared.</source>
        <translation>%1 requests stay on record as the erased person&apos;s entries (type, received, status); their descriptions and notes are cleared.</translation>
    </message>
    <message>
        <source>%1 archived documents are deleted; none is kept.</source>
        <translation>%1 archived documents are deleted; none is kept.</translation>
    </message>
    <message>
        <source>%1 backups in the backup folder were taken while the person was in the register: they stay until rotated out (the newest %2 automatic ones of each kind are kept) or removed (tietosuoja backup prune), and a restore erases the person again.</source>
        <translation>%1 backups in the backup folder were taken while the person was in the register: they stay until rotated out (the newest %2 automatic ones of each kind are kept) or removed (tietosuoja backup prune), and a restore erases the person again.</translation>
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
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Text version</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>Evidence SHA-256</translation>
    </message>
    <message>
        <source>No consent events.</source>
        <translation>No consent events.</translation>
    </message>
    <message>
        <source>Consent text %1 recorded as version %2.</source>
        <translation>Consent text %1 recorded as version %2.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>No consent texts.</source>
        <translation>No consent texts.</translation>
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
        <source>Identity not confirmed: the contact given is not the e-mail or phone the register holds. Ask for proof: requests identity %1 requested.</source>
        <translation>Identity not confirmed: the contact given is not the e-mail or phone the register holds. Ask for proof: requests identity %1 requested.</translation>
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
        <source>Request %1 sent and completed.</source>
        <translation>Request %1 sent and completed.</translation>
    </message>
    <message>
        <source>E-mail draft for %1 saved as %2: open it in your mail program, send it, then record it with requests sent.</source>
        <translation>E-mail draft for %1 saved as %2: open it in your mail program, send it, then record it with requests sent.</translation>
    </message>
    <message>
        <source>Request %1 extended.</source>
        <translation>Request %1 extended.</translation>
    </message>
    <message>
        <source>Erase customer %1 (%2 orders kept anonymised for bookkeeping)? [y/N]</source>
        <translation>Erase customer %1 (%2 orders kept anonymised for bookkeeping)? [y/N]</translation>
    </message>
    <message>
        <source>Request %1 prepared: once the answer has gone, record it with requests sent.</source>
        <translation>Request %1 prepared: once the answer has gone, record it with requests sent.</translation>
    </message>
    <message>
        <source>Attached %1 to request %2.</source>
        <translation>Attached %1 to request %2.</translation>
    </message>
    <message>
        <source>removed when the person&apos;s data was erased on %1</source>
        <translation>removed when the person&apos;s data was erased on %1</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to must not be before --from.</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Saved %1 and %2.</translation>
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
        <source>Recipients to tell (Art 19; tick them with: requests recipients %1): %2</source>
        <translation>Recipients to tell (Art 19; tick them with: requests recipients %1): %2</translation>
    </message>
    <message>
        <source>Receipt of request %1 acknowledged.</source>
        <translation>Receipt of request %1 acknowledged.</translation>
    </message>
    <message>
        <source>Proof of identity asked for request %1.</source>
        <translation>Proof of identity asked for request %1.</translation>
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
        <source>No business profile yet: run &apos;tietosuoja init --name ... --business-id ...&apos;.</source>
        <translation>No business profile yet: run &apos;tietosuoja init --name ... --business-id ...&apos;.</translation>
    </message>
    <message>
        <source>Give the purpose as BASIS:TEXT with a basis of %1.</source>
        <translation>Give the purpose as BASIS:TEXT with a basis of %1.</translation>
    </message>
    <message>
        <source>Which purpose is the interest for? Give each purpose on legitimate interests its own: --purpose &apos;legitimate-interests:PURPOSE:INTEREST&apos;.</source>
        <translation>Which purpose is the interest for? Give each purpose on legitimate interests its own: --purpose &apos;legitimate-interests:PURPOSE:INTEREST&apos;.</translation>
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
        <source>The register&apos;s texts are written in %1 already.</source>
        <translation>The register&apos;s texts are written in %1 already.</translation>
    </message>
    <message>
        <source>No such text to translate: %1. The texts: %2</source>
        <translation>No such text to translate: %1. The texts: %2</translation>
    </message>
    <message>
        <source>Register %1 saved: %2 texts not translated into %3.</source>
        <translation>Register %1 saved: %2 texts not translated into %3.</translation>
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
        <source>No registers yet: add one with &apos;tietosuoja register add --name ...&apos;.</source>
        <translation>No registers yet: add one with &apos;tietosuoja register add --name ...&apos;.</translation>
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
        <source>the entry was changed after it was written</source>
        <translation>the entry was changed after it was written</translation>
    </message>
    <message>
        <source>the previous entry&apos;s hash recorded in it was changed</source>
        <translation>the previous entry&apos;s hash recorded in it was changed</translation>
    </message>
    <message>
        <source>an entry before it is missing (removed or replaced)</source>
        <translation>an entry before it is missing (removed or replaced)</translation>
    </message>
    <message>
        <source>entries were moved out of their order</source>
        <translation>entries were moved out of their order</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: the chain breaks at entry %1 (%2): %3. The %4 entries before it are intact.</source>
        <translation>The audit log has been tampered with: the chain breaks at entry %1 (%2): %3. The %4 entries before it are intact.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>The audit log is intact: %1 entries checked.</translation>
    </message>
    <message>
        <source>Head (note it down to check later): %1</source>
        <translation>Head (note it down to check later): %1</translation>
    </message>
    <message>
        <source>The head given is not in the chain: entries were removed from the end or rewritten.</source>
        <translation>The head given is not in the chain: entries were removed from the end or rewritten.</translation>
    </message>
    <message>
        <source>The head given is still in the chain.</source>
        <translation>The head given is still in the chain.</translation>
    </message>
    <message>
        <source>--head: give COUNT:HASH as printed by &apos;audit verify&apos; (HASH: 64 hex digits).</source>
        <translation>--head: give COUNT:HASH as printed by &apos;audit verify&apos; (HASH: 64 hex digits).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 entries).</source>
        <translation>Saved %1 (%2 entries).</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit must be at least 1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>hash</translation>
    </message>
    <message>
        <source>No audit entries yet.</source>
        <translation>No audit entries yet.</translation>
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
        <source>Give --allow-untranslated to print them so, or translate them first.</source>
        <translation>Give --allow-untranslated to print them so, or translate them first.</translation>
    </message>
    <message>
        <source>Note: %1 texts of the register have no translation into %2 and are printed as written in %3 (register translate).</source>
        <translation>Note: %1 texts of the register have no translation into %2 and are printed as written in %3 (register translate).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No version of the statement was in force on %1.</source>
        <translation>No version of the statement was in force on %1.</translation>
    </message>
    <message>
        <source>No statement of this register has been exported yet.</source>
        <translation>No statement of this register has been exported yet.</translation>
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
        <source>No signing identity yet: create one with &apos;tietosuoja signing create&apos;.</source>
        <translation>No signing identity yet: create one with &apos;tietosuoja signing create&apos;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Valid signature by %1 (%2), signed %3; not changed after signing.</source>
        <translation>Valid signature by %1 (%2), signed %3; not changed after signing.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged (%2).</source>
        <translation>The register file %1 is damaged (%2).</translation>
    </message>
    <message>
        <source>Restore the latest good backup with: tietosuoja backup restore %1</source>
        <translation>Restore the latest good backup with: tietosuoja backup restore %1</translation>
    </message>
    <message>
        <source>There is no intact backup to restore.</source>
        <translation>There is no intact backup to restore.</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1</source>
        <translation>The mapping is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>The mapping must be a JSON object.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Fix those bytes in the file (save it again as UTF-8), or, if it really is Windows-1252, read it so with --encoding cp1252 (check the result with --dry-run first).</source>
        <translation>Fix those bytes in the file (save it again as UTF-8), or, if it really is Windows-1252, read it so with --encoding cp1252 (check the result with --dry-run first).</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>The file has no column %1.</translation>
    </message>
    <message>
        <source>Unknown field in the mapping: %1</source>
        <translation>Unknown field in the mapping: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3, separated by %4).</source>
        <translation>%1: %2 rows (%3, separated by %4).</translation>
    </message>
    <message>
        <source>Columns used: %1</source>
        <translation>Columns used: %1</translation>
    </message>
    <message>
        <source>New: %1, duplicates: %2, refused: %3.</source>
        <translation>New: %1, duplicates: %2, refused: %3.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  line %1: %2</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … and %1 more</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Dry run: nothing was imported.</translation>
    </message>
    <message>
        <source>Imported %1 new customers, merged %2 rows, skipped %3; %4 orders.</source>
        <translation>Imported %1 new customers, merged %2 rows, skipped %3; %4 orders.</translation>
    </message>
    <message>
        <source>Refused rows saved in %1</source>
        <translation>Refused rows saved in %1</translation>
    </message>
    <message>
        <source>%1 people exported to %2.</source>
        <translation>%1 people exported to %2.</translation>
    </message>
    <message>
        <source>Left out: %1 (%2)</source>
        <translation>Left out: %1 (%2)</translation>
    </message>
    <message>
        <source>No register purpose or consent has this purpose. Purposes: %1</source>
        <translation>No register purpose or consent has this purpose. Purposes: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>No marketing purposes yet.</source>
        <translation>No marketing purposes yet.</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Restoring needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Restoring needs confirmation: run it on a terminal or add --yes.</translation>
    </message>
    <message>
        <source>The backup&apos;s own (earlier) passphrase: </source>
        <translation>The backup&apos;s own (earlier) passphrase: </translation>
    </message>
    <message>
        <source>Replace the register with the backup %1? The register as it is now is kept as a backup. [y/N]</source>
        <translation>Replace the register with the backup %1? The register as it is now is kept as a backup. [y/N]</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>%1 people erased after the backup was taken were erased again.</source>
        <translation>%1 people erased after the backup was taken were erased again.</translation>
    </message>
    <message>
        <source>The register as it was is kept in %1</source>
        <translation>The register as it was is kept in %1</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Keep at least one backup.</translation>
    </message>
    <message>
        <source>Delete all backups but the newest %1? They are overwritten and cannot be recovered. [y/N]</source>
        <translation>Delete all backups but the newest %1? They are overwritten and cannot be recovered. [y/N]</translation>
    </message>
    <message>
        <source>Deleting backups needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Deleting backups needs confirmation: run it on a terminal or add --yes.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <source>Deleted %1 older backups; the newest %2 are kept.</source>
        <translation>Deleted %1 older backups; the newest %2 are kept.</translation>
    </message>
    <message>
        <source>The register %1 is intact.</source>
        <translation>The register %1 is intact.</translation>
    </message>
    <message>
        <source>The counts shown for short searches did not match the customers&apos; details; they were rebuilt.</source>
        <translation>The counts shown for short searches did not match the customers&apos; details; they were rebuilt.</translation>
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
    <message>
        <source>The register in %1 is open in another program (Tietosuoja Desktop?). Close it and try again.</source>
        <translation>The register in %1 is open in another program (Tietosuoja Desktop?). Close it and try again.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged. Restore the latest good backup with &apos;tietosuoja backup restore %2&apos;.</source>
        <translation>The register file %1 is damaged. Restore the latest good backup with &apos;tietosuoja backup restore %2&apos;.</translation>
    </message>
    <message>
        <source>New passphrase for the register: </source>
        <translation>New passphrase for the register: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <source>The register is now encrypted (%1 rows in %2 tables).</source>
        <translation>The register is now encrypted (%1 rows in %2 tables).</translation>
    </message>
    <message>
        <source>The register is no longer encrypted (%1 rows in %2 tables).</source>
        <translation>The register is no longer encrypted (%1 rows in %2 tables).</translation>
    </message>
    <message>
        <source>%1 older backups are not encrypted and still reveal what they hold; delete them with &apos;tietosuoja encrypt --delete-plain-backups&apos; (or by hand).</source>
        <translation>%1 older backups are not encrypted and still reveal what they hold; delete them with &apos;tietosuoja encrypt --delete-plain-backups&apos; (or by hand).</translation>
    </message>
    <message>
        <source>%1 unencrypted backups were deleted.</source>
        <translation>%1 unencrypted backups were deleted.</translation>
    </message>
    <message>
        <source>Removing the encryption needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Removing the encryption needs confirmation: run it on a terminal or add --yes.</translation>
    </message>
    <message>
        <source>Remove the encryption? Anyone who gets the file can then read it. [y/N]</source>
        <translation>Remove the encryption? Anyone who gets the file can then read it. [y/N]</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The register is not encrypted; encrypt it with &apos;tietosuoja encrypt&apos;.</source>
        <translation>The register is not encrypted; encrypt it with &apos;tietosuoja encrypt&apos;.</translation>
    </message>
    <message>
        <source>The register has a new passphrase (%1 rows in %2 tables). Backups made earlier still use the old one.</source>
        <translation>The register has a new passphrase (%1 rows in %2 tables). Backups made earlier still use the old one.</translation>
    </message>
    <message>
        <source>The register is encrypted: give its passphrase in the environment variable %1 or run the command on a terminal.</source>
        <translation>The register is encrypted: give its passphrase in the environment variable %1 or run the command on a terminal.</translation>
    </message>
    <message>
        <source>The passphrase does not open the register %1.</source>
        <translation>The passphrase does not open the register %1.</translation>
    </message>
    <message>
        <source>The register&apos;s key was to be kept in the operating system&apos;s key store, but the key store did not give it (there is none on this computer, it is locked, or the key is not there): the passphrase is needed.</source>
        <translation>The register&apos;s key was to be kept in the operating system&apos;s key store, but the key store did not give it (there is none on this computer, it is locked, or the key is not there): the passphrase is needed.</translation>
    </message>
    <message>
        <source>Passphrase of the register: </source>
        <translation>Passphrase of the register: </translation>
    </message>
    <message>
        <source>Restore the newest backup, %1, with: tietosuoja backup restore %2</source>
        <translation>Restore the newest backup, %1, with: tietosuoja backup restore %2</translation>
    </message>
    <message>
        <source>There is no backup to restore. To start a new, empty register instead, move the files out of %1 (keep them) and run &apos;tietosuoja init&apos;.</source>
        <translation>There is no backup to restore. To start a new, empty register instead, move the files out of %1 (keep them) and run &apos;tietosuoja init&apos;.</translation>
    </message>
    <message>
        <source>The register has no purpose %1: its purposes are 1-%2.</source>
        <translation>The register has no purpose %1: its purposes are 1-%2.</translation>
    </message>
    <message>
        <source>Purpose %1 has no assessment yet: record one with %2.</source>
        <translation>Purpose %1 has no assessment yet: record one with %2.</translation>
    </message>
    <message>
        <source>Assessment of purpose %1 removed.</source>
        <translation>Assessment of purpose %1 removed.</translation>
    </message>
    <message>
        <source>Assessment of purpose %1 saved (%2).</source>
        <translation>Assessment of purpose %1 saved (%2).</translation>
    </message>
    <message>
        <source>Processor %1 added: %2.</source>
        <translation>Processor %1 added: %2.</translation>
    </message>
    <message>
        <source>Processor %1 saved: %2.</source>
        <translation>Processor %1 saved: %2.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>No processors.</source>
        <translation>No processors.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Contract of processor %1 kept: %2 (SHA-256 %3).</source>
        <translation>Contract of processor %1 kept: %2 (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Processor %1 serves register %2.</source>
        <translation>Processor %1 serves register %2.</translation>
    </message>
    <message>
        <source>Processor %1 no longer serves register %2.</source>
        <translation>Processor %1 no longer serves register %2.</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Postal addresses</translation>
    </message>
    <message>
        <source>Clearing the suppression list needs confirmation: run it on a terminal or add --yes.</source>
        <translation>Clearing the suppression list needs confirmation: run it on a terminal or add --yes.</translation>
    </message>
    <message>
        <source>Give --email, --phone or --address.</source>
        <translation>Give --email, --phone or --address.</translation>
    </message>
    <message>
        <source>Added to the suppression list.</source>
        <translation>Added to the suppression list.</translation>
    </message>
    <message>
        <source>Already on the suppression list.</source>
        <translation>Already on the suppression list.</translation>
    </message>
    <message>
        <source>%1 added to the suppression list, %2 were on it already.</source>
        <translation>%1 added to the suppression list, %2 were on it already.</translation>
    </message>
    <message>
        <source>%1 rows had no valid e-mail address, phone number or address (lines %2).</source>
        <translation>%1 rows had no valid e-mail address, phone number or address (lines %2).</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>On the list</translation>
    </message>
    <message>
        <source>Remove everything from the suppression list?</source>
        <translation>Remove everything from the suppression list?</translation>
    </message>
    <message>
        <source>%1 removed from the suppression list.</source>
        <translation>%1 removed from the suppression list.</translation>
    </message>
    <message>
        <source>Give only one of --told, --not-disclosed and --reopen.</source>
        <translation>Give only one of --told, --not-disclosed and --reopen.</translation>
    </message>
    <message>
        <source>--via and --on go with --told.</source>
        <translation>--via and --on go with --told.</translation>
    </message>
    <message>
        <source>--told needs --via.</source>
        <translation>--told needs --via.</translation>
    </message>
    <message>
        <source>Request %1 has no recipients to tell.</source>
        <translation>Request %1 has no recipients to tell.</translation>
    </message>
    <message>
        <source>Request %1: %2 recipient(s), %3 not yet told.</source>
        <translation>Request %1: %2 recipient(s), %3 not yet told.</translation>
    </message>
    <message>
        <source>No checklist question %1: the questions are %2.</source>
        <translation>No checklist question %1: the questions are %2.</translation>
    </message>
    <message>
        <source>Register %1 has not been screened for a DPIA yet: screen it with %2.</source>
        <translation>Register %1 has not been screened for a DPIA yet: screen it with %2.</translation>
    </message>
    <message>
        <source>Give a risk as LIKELIHOOD/SEVERITY:DESCRIPTION, each level one of %1: %2</source>
        <translation>Give a risk as LIKELIHOOD/SEVERITY:DESCRIPTION, each level one of %1: %2</translation>
    </message>
    <message>
        <source>DPIA screening of register %1 removed.</source>
        <translation>DPIA screening of register %1 removed.</translation>
    </message>
    <message>
        <source>Give either --release or --reason and --until.</source>
        <translation>Give either --release or --reason and --until.</translation>
    </message>
    <message>
        <source>The legal hold on customer %1 was released.</source>
        <translation>The legal hold on customer %1 was released.</translation>
    </message>
    <message>
        <source>Customer %1 was not on legal hold.</source>
        <translation>Customer %1 was not on legal hold.</translation>
    </message>
    <message>
        <source>A legal hold needs --reason and --until (or --release to end one).</source>
        <translation>A legal hold needs --reason and --until (or --release to end one).</translation>
    </message>
    <message>
        <source>Customer %1 is on legal hold until %2: bulk retention erasure skips them.</source>
        <translation>Customer %1 is on legal hold until %2: bulk retention erasure skips them.</translation>
    </message>
    <message>
        <source>Past retention on %1: %2 people to erase; %3 orders are kept anonymised for bookkeeping, %4 orders and %5 archived documents are deleted.</source>
        <translation>Past retention on %1: %2 people to erase; %3 orders are kept anonymised for bookkeeping, %4 orders and %5 archived documents are deleted.</translation>
    </message>
    <message>
        <source>  %1: %2 years from %3, %4 people</source>
        <translation>  %1: %2 years from %3, %4 people</translation>
    </message>
    <message>
        <source>Skipped: %1 people.</source>
        <translation>Skipped: %1 people.</translation>
    </message>
    <message>
        <source>%1 people erased; %2 orders kept anonymised, %3 orders and %4 documents deleted.</source>
        <translation>%1 people erased; %2 orders kept anonymised, %3 orders and %4 documents deleted.</translation>
    </message>
    <message>
        <source>Erasing everyone past retention cannot be undone: see the plan with --dry-run, then run it with --yes.</source>
        <translation>Erasing everyone past retention cannot be undone: see the plan with --dry-run, then run it with --yes.</translation>
    </message>
    <message>
        <source>Fill in the business&apos;s details first (tietosuoja init): the run&apos;s report names the business. Nothing was erased.</source>
        <translation>Fill in the business&apos;s details first (tietosuoja init): the run&apos;s report names the business. Nothing was erased.</translation>
    </message>
    <message>
        <source>The report was archived as document %1.</source>
        <translation>The report was archived as document %1.</translation>
    </message>
    <message>
        <source>Give a risk as RISK:MEASURES[:RESIDUAL]; the risks are %1, the measures %2: %3</source>
        <translation>Give a risk as RISK:MEASURES[:RESIDUAL]; the risks are %1, the measures %2: %3</translation>
    </message>
    <message>
        <source>Give other measures as RISK:TEXT; the risks are %1: %2</source>
        <translation>Give other measures as RISK:TEXT; the risks are %1: %2</translation>
    </message>
    <message>
        <source>Give an answer as QUESTION:REASON; the questions are %1: %2</source>
        <translation>Give an answer as QUESTION:REASON; the questions are %1: %2</translation>
    </message>
    <message>
        <source>No security review is recorded yet: make one with &apos;security review&apos;.</source>
        <translation>No security review is recorded yet: make one with &apos;security review&apos;.</translation>
    </message>
    <message>
        <source>The policy has not been exported yet.</source>
        <translation>The policy has not been exported yet.</translation>
    </message>
    <message>
        <source>Policy section saved: %1.</source>
        <translation>Policy section saved: %1.</translation>
    </message>
    <message>
        <source>Saved the supervisor&apos;s folder to %1: %2 files, %3 items open.</source>
        <translation>Saved the supervisor&apos;s folder to %1: %2 files, %3 items open.</translation>
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
    <name>CloudFolder</name>
    <message>
        <source>The register&apos;s folder %1 is inside a folder that %2 synchronises (%3). A sync service can copy the register while it is being written and so corrupt it, or make conflicting copies when two computers use it. Keep the register in a folder that is not synchronised; to use it on another computer, make a backup and restore it there.</source>
        <translation>The register&apos;s folder %1 is inside a folder that %2 synchronises (%3). A sync service can copy the register while it is being written and so corrupt it, or make conflicting copies when two computers use it. Keep the register in a folder that is not synchronised; to use it on another computer, make a backup and restore it there.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>What you typed here has not been saved.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>Record a withdrawal of consent</source>
        <translation>Record a withdrawal of consent</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>every channel</source>
        <translation>every channel</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <source>Add a new version of a consent text</source>
        <translation>Add a new version of a consent text</translation>
    </message>
    <message>
        <source>Consent te&amp;xt version:</source>
        <translation>Consent te&amp;xt version:</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>Consent text version</translation>
    </message>
    <message>
        <source>The exact words the person agreed to</source>
        <translation>The exact words the person agreed to</translation>
    </message>
    <message>
        <source>What the person said</source>
        <translation>What the person said</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>Choose the evidence file</translation>
    </message>
    <message>
        <source>E&amp;vidence file:</source>
        <translation>E&amp;vidence file:</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Recorded by:</translation>
    </message>
    <message>
        <source>not one of the registers&apos; texts</source>
        <translation>not one of the registers&apos; texts</translation>
    </message>
    <message>
        <source>%1, version %2 (from %3)</source>
        <translation>%1, version %2 (from %3)</translation>
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
    <name>ConsentTextDialog</name>
    <message>
        <source>New version of a consent text</source>
        <translation>New version of a consent text</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Valid from:</translation>
    </message>
    <message>
        <source>&amp;Finnish:</source>
        <translation>&amp;Finnish:</translation>
    </message>
    <message>
        <source>&amp;Swedish:</source>
        <translation>&amp;Swedish:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;English:</translation>
    </message>
    <message>
        <source>Add a register first: consent texts belong to one.</source>
        <translation>Add a register first: consent texts belong to one.</translation>
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
    <name>CreateIdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <translation>Create a signing identity</translation>
    </message>
    <message>
        <source>The app makes a signing key and a certificate that names your business. The key is kept in the data folder, locked with a passphrase you choose.</source>
        <translation>The app makes a signing key and a certificate that names your business. The key is kept in the data folder, locked with a passphrase you choose.</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Business:</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>Business ID:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody can recover a forgotten passphrase: you would have to create a new identity.</source>
        <translation>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody can recover a forgotten passphrase: you would have to create a new identity.</translation>
    </message>
    <message>
        <source>This replaces your current signing identity (valid until %1). Documents already signed with it stay valid.</source>
        <translation>This replaces your current signing identity (valid until %1). Documents already signed with it stay valid.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Strength: weak</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Strength: fair</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <source>The passphrases are not the same.</source>
        <translation>The passphrases are not the same.</translation>
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
        <source>Marketing</source>
        <translation>Marketing</translation>
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
        <source>Retentio&amp;n hold…</source>
        <translation>Retentio&amp;n hold…</translation>
    </message>
    <message>
        <source>Keep the person out of bulk retention erasure, e.g. during a dispute</source>
        <translation>Keep the person out of bulk retention erasure, e.g. during a dispute</translation>
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
        <source>On legal hold until %1: bulk retention erasure skips the person.</source>
        <translation>On legal hold until %1: bulk retention erasure skips the person.</translation>
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
        <source>Put on legal hold</source>
        <translation>Put on legal hold</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Legal hold released</translation>
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
        <source>objection (Art 21)</source>
        <translation>objection (Art 21)</translation>
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
        <source>links to data breaches</source>
        <translation>links to data breaches</translation>
    </message>
    <message>
        <source>orders kept anonymised</source>
        <translation>orders kept anonymised</translation>
    </message>
    <message>
        <source>business profile</source>
        <translation>business profile</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requests</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>received on</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>identity check</source>
        <translation>identity check</translation>
    </message>
    <message>
        <source>proof of identity requested</source>
        <translation>proof of identity requested</translation>
    </message>
    <message>
        <source>proof of identity received</source>
        <translation>proof of identity received</translation>
    </message>
    <message>
        <source>extended on</source>
        <translation>extended on</translation>
    </message>
    <message>
        <source>reason for the extension</source>
        <translation>reason for the extension</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>completed on</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>sent on</translation>
    </message>
    <message>
        <source>sent by</source>
        <translation>sent by</translation>
    </message>
    <message>
        <source>sending reference</source>
        <translation>sending reference</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>requester&apos;s name</source>
        <translation>requester&apos;s name</translation>
    </message>
    <message>
        <source>person erased</source>
        <translation>person erased</translation>
    </message>
    <message>
        <source>requester&apos;s contact details</source>
        <translation>requester&apos;s contact details</translation>
    </message>
    <message>
        <source>rectified details</source>
        <translation>rectified details</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>discovered</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>nature of the breach</source>
        <translation>nature of the breach</translation>
    </message>
    <message>
        <source>data categories</source>
        <translation>data categories</translation>
    </message>
    <message>
        <source>people affected</source>
        <translation>people affected</translation>
    </message>
    <message>
        <source>records affected</source>
        <translation>records affected</translation>
    </message>
    <message>
        <source>likely consequences</source>
        <translation>likely consequences</translation>
    </message>
    <message>
        <source>measures taken</source>
        <translation>measures taken</translation>
    </message>
    <message>
        <source>measures proposed</source>
        <translation>measures proposed</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>reasoning for the risk</source>
        <translation>reasoning for the risk</translation>
    </message>
    <message>
        <source>notified to the authority</source>
        <translation>notified to the authority</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>case number</translation>
    </message>
    <message>
        <source>reasons for the delay</source>
        <translation>reasons for the delay</translation>
    </message>
    <message>
        <source>notified in phases</source>
        <translation>notified in phases</translation>
    </message>
    <message>
        <source>people informed</source>
        <translation>people informed</translation>
    </message>
    <message>
        <source>how people were informed</source>
        <translation>how people were informed</translation>
    </message>
    <message>
        <source>number of people informed</source>
        <translation>number of people informed</translation>
    </message>
    <message>
        <source>exception to informing</source>
        <translation>exception to informing</translation>
    </message>
    <message>
        <source>reason for the exception</source>
        <translation>reason for the exception</translation>
    </message>
    <message>
        <source>people linked</source>
        <translation>people linked</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>encryption</translation>
    </message>
    <message>
        <source>encryption removed</source>
        <translation>encryption removed</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>unencrypted backups</source>
        <translation>unencrypted backups</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>purposes and legal bases</source>
        <translation>purposes and legal bases</translation>
    </message>
    <message>
        <source>whose data is kept</source>
        <translation>whose data is kept</translation>
    </message>
    <message>
        <source>sources of the data</source>
        <translation>sources of the data</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>recipients</translation>
    </message>
    <message>
        <source>processors</source>
        <translation>processors</translation>
    </message>
    <message>
        <source>transfers outside the EU/EEA</source>
        <translation>transfers outside the EU/EEA</translation>
    </message>
    <message>
        <source>whether the data must be given</source>
        <translation>whether the data must be given</translation>
    </message>
    <message>
        <source>whether decisions are automated</source>
        <translation>whether decisions are automated</translation>
    </message>
    <message>
        <source>profiling</source>
        <translation>profiling</translation>
    </message>
    <message>
        <source>safeguards for the transfers</source>
        <translation>safeguards for the transfers</translation>
    </message>
    <message>
        <source>retention rule</source>
        <translation>retention rule</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>retention period</translation>
    </message>
    <message>
        <source>statutory or contractual need</source>
        <translation>statutory or contractual need</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>automated decisions</translation>
    </message>
    <message>
        <source>security of manual material</source>
        <translation>security of manual material</translation>
    </message>
    <message>
        <source>security of electronic data</source>
        <translation>security of electronic data</translation>
    </message>
    <message>
        <source>organisational security</source>
        <translation>organisational security</translation>
    </message>
    <message>
        <source>cookies</source>
        <translation>cookies</translation>
    </message>
    <message>
        <source>language of the texts</source>
        <translation>language of the texts</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>translations</translation>
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
    <message>
        <source>No marketing</source>
        <translation>No marketing</translation>
    </message>
    <message>
        <source>Direct marketing prohibited on %1 (GDPR Art 21(2)).</source>
        <translation>Direct marketing prohibited on %1 (GDPR Art 21(2)).</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Processing restricted on %1 (GDPR Art 18): do not use or export.</source>
        <translation>Processing restricted on %1 (GDPR Art 18): do not use or export.</translation>
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
    <name>DocumentFiles</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2</source>
        <translation>The file %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Set up the business profile before making documents.</source>
        <translation>Set up the business profile before making documents.</translation>
    </message>
    <message>
        <source>The document&apos;s font cannot print %1 character(s); they are printed as �:
%2</source>
        <translation>The document&apos;s font cannot print %1 character(s); they are printed as �:
%2</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Cannot sign</source>
        <translation>Cannot sign</translation>
    </message>
    <message>
        <source>Making the privacy statement…</source>
        <translation>Making the privacy statement…</translation>
    </message>
    <message>
        <source>Making the record of processing activities…</source>
        <translation>Making the record of processing activities…</translation>
    </message>
    <message>
        <source>Making the data protection policy…</source>
        <translation>Making the data protection policy…</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>The passphrase is not right. Check it and try again.</translation>
    </message>
    <message>
        <source>No signing identity yet: create one to sign documents digitally.</source>
        <translation>No signing identity yet: create one to sign documents digitally.</translation>
    </message>
    <message>
        <source>Documents are signed as %1 (certificate valid until %2).</source>
        <translation>Documents are signed as %1 (certificate valid until %2).</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Signing &amp;identity…</source>
        <translation>Signing &amp;identity…</translation>
    </message>
    <message>
        <source>Chec&amp;k a signature…</source>
        <translation>Chec&amp;k a signature…</translation>
    </message>
    <message>
        <source>Supervisor&apos;s fol&amp;der…</source>
        <translation>Supervisor&apos;s fol&amp;der…</translation>
    </message>
</context>
<context>
    <name>Dpia</name>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>The residual risk is acceptable: the processing may proceed</source>
        <translation>The residual risk is acceptable: the processing may proceed</translation>
    </message>
    <message>
        <source>A high risk remains: consult the Data Protection Ombudsman first (Art 36)</source>
        <translation>A high risk remains: consult the Data Protection Ombudsman first (Art 36)</translation>
    </message>
    <message>
        <source>The processing does not go ahead as planned</source>
        <translation>The processing does not go ahead as planned</translation>
    </message>
</context>
<context>
    <name>DpiaChecklist</name>
    <message>
        <source>GDPR Art 35(3): always needs a DPIA</source>
        <translation>GDPR Art 35(3): always needs a DPIA</translation>
    </message>
    <message>
        <source>The Data Protection Ombudsman&apos;s list of processing that needs a DPIA</source>
        <translation>The Data Protection Ombudsman&apos;s list of processing that needs a DPIA</translation>
    </message>
    <message>
        <source>EDPB criteria (WP248): two or more usually mean a DPIA is needed</source>
        <translation>EDPB criteria (WP248): two or more usually mean a DPIA is needed</translation>
    </message>
    <message>
        <source>Systematic and extensive evaluation of people by automated means, including profiling, on which decisions with legal or similarly significant effects are based</source>
        <translation>Systematic and extensive evaluation of people by automated means, including profiling, on which decisions with legal or similarly significant effects are based</translation>
    </message>
    <message>
        <source>Special categories of data (e.g. health) or data on criminal convictions processed on a large scale</source>
        <translation>Special categories of data (e.g. health) or data on criminal convictions processed on a large scale</translation>
    </message>
    <message>
        <source>Systematic monitoring of a publicly accessible area on a large scale (e.g. camera surveillance)</source>
        <translation>Systematic monitoring of a publicly accessible area on a large scale (e.g. camera surveillance)</translation>
    </message>
    <message>
        <source>Biometric data (e.g. fingerprints, face) used to identify a person, and at least one EDPB criterion applies</source>
        <translation>Biometric data (e.g. fingerprints, face) used to identify a person, and at least one EDPB criterion applies</translation>
    </message>
    <message>
        <source>Genetic data, and at least one EDPB criterion applies</source>
        <translation>Genetic data, and at least one EDPB criterion applies</translation>
    </message>
    <message>
        <source>Location data (e.g. GPS tracking of vehicles or phones), and at least one EDPB criterion applies</source>
        <translation>Location data (e.g. GPS tracking of vehicles or phones), and at least one EDPB criterion applies</translation>
    </message>
    <message>
        <source>Data collected from elsewhere without informing the people because it would be impossible or take disproportionate effort (Art 14(5)(b)), and at least one EDPB criterion applies</source>
        <translation>Data collected from elsewhere without informing the people because it would be impossible or take disproportionate effort (Art 14(5)(b)), and at least one EDPB criterion applies</translation>
    </message>
    <message>
        <source>A whistleblowing channel: reports of suspected misconduct</source>
        <translation>A whistleblowing channel: reports of suspected misconduct</translation>
    </message>
    <message>
        <source>Evaluation or scoring, e.g. profiling or predicting behaviour, interests or creditworthiness</source>
        <translation>Evaluation or scoring, e.g. profiling or predicting behaviour, interests or creditworthiness</translation>
    </message>
    <message>
        <source>Automated decisions with legal or similarly significant effects</source>
        <translation>Automated decisions with legal or similarly significant effects</translation>
    </message>
    <message>
        <source>Systematic monitoring or observation of people (e.g. of employees, online tracking)</source>
        <translation>Systematic monitoring or observation of people (e.g. of employees, online tracking)</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data (special categories, criminal data, financial or location data, private communications)</source>
        <translation>Sensitive or highly personal data (special categories, criminal data, financial or location data, private communications)</translation>
    </message>
    <message>
        <source>Processing on a large scale (many people, much data, a long time or a wide area)</source>
        <translation>Processing on a large scale (many people, much data, a long time or a wide area)</translation>
    </message>
    <message>
        <source>Matching or combining data sets from different purposes or controllers beyond what people would expect</source>
        <translation>Matching or combining data sets from different purposes or controllers beyond what people would expect</translation>
    </message>
    <message>
        <source>Vulnerable people: children, employees, patients, the elderly or others in a weaker position</source>
        <translation>Vulnerable people: children, employees, patients, the elderly or others in a weaker position</translation>
    </message>
    <message>
        <source>Innovative use of technology or new organisational solutions (e.g. face recognition, AI)</source>
        <translation>Innovative use of technology or new organisational solutions (e.g. face recognition, AI)</translation>
    </message>
    <message>
        <source>The processing itself prevents people from using a right, a service or a contract (e.g. credit screening)</source>
        <translation>The processing itself prevents people from using a right, a service or a contract (e.g. credit screening)</translation>
    </message>
</context>
<context>
    <name>DpiaDialog</name>
    <message>
        <source>DPIA: %1</source>
        <translation>DPIA: %1</translation>
    </message>
    <message>
        <source>Data protection impact assessment (Art 35)</source>
        <translation>Data protection impact assessment (Art 35)</translation>
    </message>
    <message>
        <source>Answer every question for the register %1 and say why where the answer is yes. A DPIA is needed when a GDPR or Ombudsman item applies, or two or more EDPB criteria do.</source>
        <translation>Answer every question for the register %1 and say why where the answer is yes. A DPIA is needed when a GDPR or Ombudsman item applies, or two or more EDPB criteria do.</translation>
    </message>
    <message>
        <source>Do a DPIA &amp;even though the checklist does not call for one</source>
        <translation>Do a DPIA &amp;even though the checklist does not call for one</translation>
    </message>
    <message>
        <source>Screened o&amp;n:</source>
        <translation>Screened o&amp;n:</translation>
    </message>
    <message>
        <source>Screened &amp;by:</source>
        <translation>Screened &amp;by:</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Screened on</translation>
    </message>
    <message>
        <source>Screened by</source>
        <translation>Screened by</translation>
    </message>
    <message>
        <source>A DPIA is needed because of: %1</source>
        <translation>A DPIA is needed because of: %1</translation>
    </message>
    <message>
        <source>%1 questions are not answered yet.</source>
        <translation>%1 questions are not answered yet.</translation>
    </message>
    <message>
        <source>The checklist does not call for a DPIA.</source>
        <translation>The checklist does not call for a DPIA.</translation>
    </message>
</context>
<context>
    <name>DpiaForm</name>
    <message>
        <source>Light DPIA (Art 35(7))</source>
        <translation>Light DPIA (Art 35(7))</translation>
    </message>
    <message>
        <source>The processing: &amp;what, whose data, why:</source>
        <translation>The processing: &amp;what, whose data, why:</translation>
    </message>
    <message>
        <source>Necessity and &amp;proportionality:</source>
        <translation>Necessity and &amp;proportionality:</translation>
    </message>
    <message>
        <source>Risks to the people:</source>
        <translation>Risks to the people:</translation>
    </message>
    <message>
        <source>&amp;Measures against the risks:</source>
        <translation>&amp;Measures against the risks:</translation>
    </message>
    <message>
        <source>Residual ris&amp;k:</source>
        <translation>Residual ris&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Assessed &amp;on:</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>Ne&amp;xt review:</translation>
    </message>
    <message>
        <source>Assessed b&amp;y:</source>
        <translation>Assessed b&amp;y:</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>&amp;Add a risk</source>
        <translation>&amp;Add a risk</translation>
    </message>
</context>
<context>
    <name>DpoDecision</name>
    <message>
        <source>Is the business a public authority or body? (Art 37(1)(a))</source>
        <translation>Is the business a public authority or body? (Art 37(1)(a))</translation>
    </message>
    <message>
        <source>Do the core activities consist of regular and systematic monitoring of people on a large scale? (Art 37(1)(b))</source>
        <translation>Do the core activities consist of regular and systematic monitoring of people on a large scale? (Art 37(1)(b))</translation>
    </message>
    <message>
        <source>Do the core activities consist of processing special categories of data (e.g. health) or criminal data on a large scale? (Art 37(1)(c))</source>
        <translation>Do the core activities consist of processing special categories of data (e.g. health) or criminal data on a large scale? (Art 37(1)(c))</translation>
    </message>
    <message>
        <source>A data protection officer is not required</source>
        <translation>A data protection officer is not required</translation>
    </message>
    <message>
        <source>A data protection officer is required and appointed</source>
        <translation>A data protection officer is required and appointed</translation>
    </message>
    <message>
        <source>Not required; a data protection officer is appointed voluntarily</source>
        <translation>Not required; a data protection officer is appointed voluntarily</translation>
    </message>
</context>
<context>
    <name>DpoDialog</name>
    <message>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>Is a data protection officer needed? (Art 37)</source>
        <translation>Is a data protection officer needed? (Art 37)</translation>
    </message>
    <message>
        <source>A data protection officer is required only when one of these three applies. Answer each and say why: the Art 30 record prints the reasoning.</source>
        <translation>A data protection officer is required only when one of these three applies. Answer each and say why: the Art 30 record prints the reasoning.</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Conclusion:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Decided &amp;on:</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;name:</source>
        <translation>DPO&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>DPO&apos;s e-&amp;mail:</source>
        <translation>DPO&apos;s e-&amp;mail:</translation>
    </message>
    <message>
        <source>DPO&apos;s &amp;phone:</source>
        <translation>DPO&apos;s &amp;phone:</translation>
    </message>
    <message>
        <source>When one is appointed, give the DPO&apos;s contact: it is published in the privacy statements and told to the Data Protection Ombudsman (Art 37(7)).</source>
        <translation>When one is appointed, give the DPO&apos;s contact: it is published in the privacy statements and told to the Data Protection Ombudsman (Art 37(7)).</translation>
    </message>
</context>
<context>
    <name>EmailDrafts</name>
    <message>
        <source>The register holds no e-mail address for this person: send the answer by post.</source>
        <translation>The register holds no e-mail address for this person: send the answer by post.</translation>
    </message>
    <message>
        <source>The answer&apos;s PDF is not kept in the register (an erasure&apos;s letter is not archived): attach the copy you saved.</source>
        <translation>The answer&apos;s PDF is not kept in the register (an erasure&apos;s letter is not archived): attach the copy you saved.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>The passphrase must be at least %1 characters long.</translation>
    </message>
    <message>
        <source>The register is already encrypted.</source>
        <translation>The register is already encrypted.</translation>
    </message>
    <message>
        <source>The register is not encrypted.</source>
        <translation>The register is not encrypted.</translation>
    </message>
    <message>
        <source>This computer&apos;s key store could not keep the key: %1</source>
        <translation>This computer&apos;s key store could not keep the key: %1</translation>
    </message>
    <message>
        <source>The passphrase did not open the register. The program closes; the register is unchanged.</source>
        <translation>The passphrase did not open the register. The program closes; the register is unchanged.</translation>
    </message>
</context>
<context>
    <name>EncryptionPage</name>
    <message>
        <source>Protect the register</source>
        <translation>Protect the register</translation>
    </message>
    <message>
        <source>If the computer or a backup is stolen, encryption keeps the register unread.</source>
        <translation>If the computer or a backup is stolen, encryption keeps the register unread.</translation>
    </message>
    <message>
        <source>The register is already encrypted.</source>
        <translation>The register is already encrypted.</translation>
    </message>
    <message>
        <source>An encrypted register and its backups can only be opened with the passphrase. You can change this later in the settings.</source>
        <translation>An encrypted register and its backups can only be opened with the passphrase. You can change this later in the settings.</translation>
    </message>
    <message>
        <source>&amp;Do not encrypt</source>
        <translation>&amp;Do not encrypt</translation>
    </message>
    <message>
        <source>&amp;Encrypt the register with a passphrase (recommended)</source>
        <translation>&amp;Encrypt the register with a passphrase (recommended)</translation>
    </message>
</context>
<context>
    <name>EncryptionSection</name>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>E&amp;ncrypt the register…</source>
        <translation>E&amp;ncrypt the register…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>C&amp;hange passphrase…</translation>
    </message>
    <message>
        <source>Remove encr&amp;yption…</source>
        <translation>Remove encr&amp;yption…</translation>
    </message>
    <message>
        <source>Re&amp;member the key in this computer&apos;s key store</source>
        <translation>Re&amp;member the key in this computer&apos;s key store</translation>
    </message>
    <message>
        <source>Lock the window after this many idle minutes:</source>
        <translation>Lock the window after this many idle minutes:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>A locked window hides the register until it is unlocked with the passphrase (or with one click when the key is in the key store).</source>
        <translation>A locked window hides the register until it is unlocked with the passphrase (or with one click when the key is in the key store).</translation>
    </message>
    <message>
        <source>The register is not encrypted: anyone who gets the file or a backup can read it.</source>
        <translation>The register is not encrypted: anyone who gets the file or a backup can read it.</translation>
    </message>
    <message>
        <source>The register and its backups are encrypted. The key is kept in this computer&apos;s key store, so the program starts without asking.</source>
        <translation>The register and its backups are encrypted. The key is kept in this computer&apos;s key store, so the program starts without asking.</translation>
    </message>
    <message>
        <source>The register and its backups are encrypted. The passphrase is asked at start.</source>
        <translation>The register and its backups are encrypted. The passphrase is asked at start.</translation>
    </message>
    <message>
        <source>Encrypt the register</source>
        <translation>Encrypt the register</translation>
    </message>
    <message>
        <source>Encrypting the register…</source>
        <translation>Encrypting the register…</translation>
    </message>
    <message>
        <source>Older backups are not encrypted</source>
        <translation>Older backups are not encrypted</translation>
    </message>
    <message>
        <source>%1 backups made before the register was encrypted are not encrypted and still reveal what they hold. Delete them now?</source>
        <translation>%1 backups made before the register was encrypted are not encrypted and still reveal what they hold. Delete them now?</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>Encrypting the register with the new passphrase…</source>
        <translation>Encrypting the register with the new passphrase…</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>Remove the encryption</translation>
    </message>
    <message>
        <source>Without encryption, anyone who gets the register file or a new backup can read it. Backups made so far stay encrypted. Remove the encryption?</source>
        <translation>Without encryption, anyone who gets the register file or a new backup can read it. Backups made so far stay encrypted. Remove the encryption?</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>Removing the encryption…</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Type the current passphrase of the register:</source>
        <translation>Type the current passphrase of the register:</translation>
    </message>
    <message>
        <source>That is not the passphrase of the register. Nothing was changed.</source>
        <translation>That is not the passphrase of the register. Nothing was changed.</translation>
    </message>
    <message>
        <source>That did not work, and the register was left as it was: %1</source>
        <translation>That did not work, and the register was left as it was: %1</translation>
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
        <source>This person has open requests: %1. Once erased, they can no longer be answered by letter, so answer them first. An erasure request is best answered from the Requests page, which sends the confirmation and then erases.</source>
        <translation>This person has open requests: %1. Once erased, they can no longer be answered by letter, so answer them first. An erasure request is best answered from the Requests page, which sends the confirmation and then erases.</translation>
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
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Orders are bookkeeping vouchers that the Accounting Act (kirjanpitolaki 2:10) requires to be kept for six years from the end of the year in which the financial period ended; they are kept without any link to the person (GDPR Art 17(3)(b)).</source>
        <translation>Orders are bookkeeping vouchers that the Accounting Act (kirjanpitolaki 2:10) requires to be kept for six years from the end of the year in which the financial period ended; they are kept without any link to the person (GDPR Art 17(3)(b)).</translation>
    </message>
</context>
<context>
    <name>ErasurePanel</name>
    <message>
        <source>The request itself stays as proof that it was handled: its type, dates, timeline and the letter&apos;s fingerprint, without the person&apos;s name, contact details, description or attachments.</source>
        <translation>The request itself stays as proof that it was handled: its type, dates, timeline and the letter&apos;s fingerprint, without the person&apos;s name, contact details, description or attachments.</translation>
    </message>
    <message>
        <source>To confirm, type the name %1 below. This cannot be undone.</source>
        <translation>To confirm, type the name %1 below. This cannot be undone.</translation>
    </message>
    <message>
        <source>Name to confirm the erasure</source>
        <translation>Name to confirm the erasure</translation>
    </message>
</context>
<context>
    <name>ErasureSections</name>
    <message>
        <source>Deleted:</source>
        <translation>Deleted:</translation>
    </message>
    <message>
        <source>This will be deleted:</source>
        <translation>This will be deleted:</translation>
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
    <name>ErasureTexts</name>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Kept as the erased person&apos;s entries (type, received, status), their descriptions and notes cleared:</source>
        <translation>Kept as the erased person&apos;s entries (type, received, status), their descriptions and notes cleared:</translation>
    </message>
    <message>
        <source>These requests stay on record as the erased person&apos;s entries (type, received, status); their descriptions and notes are cleared:</source>
        <translation>These requests stay on record as the erased person&apos;s entries (type, received, status); their descriptions and notes are cleared:</translation>
    </message>
    <message>
        <source>%1, received %2, %3</source>
        <translation>%1, received %2, %3</translation>
    </message>
    <message>
        <source>No archived document is about the person or their requests.</source>
        <translation>No archived document is about the person or their requests.</translation>
    </message>
    <message>
        <source>Archived documents deleted (none was kept):</source>
        <translation>Archived documents deleted (none was kept):</translation>
    </message>
    <message>
        <source>These archived documents about the person or their requests will be deleted; none is kept:</source>
        <translation>These archived documents about the person or their requests will be deleted; none is kept:</translation>
    </message>
    <message>
        <source>No backup in the backup folder was taken while the person was in the register.</source>
        <translation>No backup in the backup folder was taken while the person was in the register.</translation>
    </message>
    <message>
        <source>Backups: %1 in the backup folder (%2 automatic, %3 made on request) were taken while the person was in the register and still hold them. Automatic ones go as they are rotated out (the newest %4 of each kind are kept); those made on request stay until removed (tietosuoja backup prune). A backup restored later erases the person again.</source>
        <translation>Backups: %1 in the backup folder (%2 automatic, %3 made on request) were taken while the person was in the register and still hold them. Automatic ones go as they are rotated out (the newest %4 of each kind are kept); those made on request stay until removed (tietosuoja backup prune). A backup restored later erases the person again.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Sections %1 of the statement have texts with no translation into %2. Translate them (Registers, Translations…) or allow them to print in the original language with a note on the first page.</source>
        <translation>Sections %1 of the statement have texts with no translation into %2. Translate them (Registers, Translations…) or allow them to print in the original language with a note on the first page.</translation>
    </message>
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
        <source>The register file %1 is damaged, and there is no intact backup to restore. The damaged file is left as it is; contact support.</source>
        <translation>The register file %1 is damaged, and there is no intact backup to restore. The damaged file is left as it is; contact support.</translation>
    </message>
    <message>
        <source>The register file %1 is damaged. Quit and start Tietosuoja Desktop again: it then offers to restore the newest intact backup, %2.</source>
        <translation>The register file %1 is damaged. Quit and start Tietosuoja Desktop again: it then offers to restore the newest intact backup, %2.</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Please check these details:</source>
        <translation>Please check these details:</translation>
    </message>
    <message>
        <source>The register in %1 was saved by a newer version of Tietosuoja Desktop (schema %2; this version knows up to %3). Install the newer version to open it; nothing was changed.</source>
        <translation>The register in %1 was saved by a newer version of Tietosuoja Desktop (schema %2; this version knows up to %3). Install the newer version to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk for a copy of the register in %1: the copy needs %2 MB and %3 MB is free. Free some space on that disk, or keep fewer backups (Settings, Backups).</source>
        <translation>There is not enough free space on the disk for a copy of the register in %1: the copy needs %2 MB and %3 MB is free. Free some space on that disk, or keep fewer backups (Settings, Backups).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
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
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Marketing prohibited since</source>
        <translation>Marketing prohibited since</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Basis since</source>
        <translation>Basis since</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>%1 texts of %2 have no translation into this language (statement sections %3). Translate them (Registers, Translations…) or print them as written:</source>
        <translation>%1 texts of %2 have no translation into this language (statement sections %3). Translate them (Registers, Translations…) or print them as written:</translation>
    </message>
    <message>
        <source>⚠ Not yet answered for %1, so the statement says nothing about them: %2 (Registers).</source>
        <translation>⚠ Not yet answered for %1, so the statement says nothing about them: %2 (Registers).</translation>
    </message>
    <message>
        <source>The record prints the untranslated texts of these registers as written: %1.</source>
        <translation>The record prints the untranslated texts of these registers as written: %1.</translation>
    </message>
    <message>
        <source>Make a document</source>
        <translation>Make a document</translation>
    </message>
    <message>
        <source>Privacy statement of the &amp;register</source>
        <translation>Privacy statement of the &amp;register</translation>
    </message>
    <message>
        <source>No registers yet</source>
        <translation>No registers yet</translation>
    </message>
    <message>
        <source>Change &amp;note</source>
        <translation>Change &amp;note</translation>
    </message>
    <message>
        <source>What changed in this version of the statement (optional)</source>
        <translation>What changed in this version of the statement (optional)</translation>
    </message>
    <message>
        <source>Record of processing activities (Art 30)</source>
        <translation>Record of processing activities (Art 30)</translation>
    </message>
    <message>
        <source>Data protection policy (internal r&amp;ules)</source>
        <translation>Data protection policy (internal r&amp;ules)</translation>
    </message>
    <message>
        <source>Own &amp;additions…</source>
        <translation>Own &amp;additions…</translation>
    </message>
    <message>
        <source>Your own rules added to the sections the app writes from the register</source>
        <translation>Your own rules added to the sections the app writes from the register</translation>
    </message>
    <message>
        <source>Make polic&amp;y…</source>
        <translation>Make polic&amp;y…</translation>
    </message>
    <message>
        <source>Po&amp;licy change</source>
        <translation>Po&amp;licy change</translation>
    </message>
    <message>
        <source>What changed in this version of the policy (optional)</source>
        <translation>What changed in this version of the policy (optional)</translation>
    </message>
    <message>
        <source>Change note of the policy</source>
        <translation>Change note of the policy</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Sign digitally</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <source>Make s&amp;tatement…</source>
        <translation>Make s&amp;tatement…</translation>
    </message>
    <message>
        <source>Print them in the original language, with a note on the first page</source>
        <translation>Print them in the original language, with a note on the first page</translation>
    </message>
    <message>
        <source>Make re&amp;cord…</source>
        <translation>Make re&amp;cord…</translation>
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
        <source>People kept longer than their register&apos;s retention period allows</source>
        <translation>People kept longer than their register&apos;s retention period allows</translation>
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
    <name>FormRows</name>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation>Reasoning: %1</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
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
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>FulfilFlows</name>
    <message>
        <source>No data held</source>
        <translation>No data held</translation>
    </message>
    <message>
        <source>%1 is not in the register. The letter tells them that no personal data about them is held.</source>
        <translation>%1 is not in the register. The letter tells them that no personal data about them is held.</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>The requester</translation>
    </message>
    <message>
        <source>A further note for the letter (optional):</source>
        <translation>A further note for the letter (optional):</translation>
    </message>
    <message>
        <source>Make the letter</source>
        <translation>Make the letter</translation>
    </message>
    <message>
        <source>Completed: the no-data-held letter is made.</source>
        <translation>Completed: the no-data-held letter is made.</translation>
    </message>
    <message>
        <source>Send the access report</source>
        <translation>Send the access report</translation>
    </message>
    <message>
        <source>The report holds a copy of all data about %1 with the purposes, recipients, retention and the person&apos;s rights (Art 15).</source>
        <translation>The report holds a copy of all data about %1 with the purposes, recipients, retention and the person&apos;s rights (Art 15).</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Make the report</translation>
    </message>
    <message>
        <source>Completed: the access report is made.</source>
        <translation>Completed: the access report is made.</translation>
    </message>
    <message>
        <source>Record the corrections</source>
        <translation>Record the corrections</translation>
    </message>
    <message>
        <source>Correct the data of %1, then record which fields were corrected. The letter lists them.</source>
        <translation>Correct the data of %1, then record which fields were corrected. The letter lists them.</translation>
    </message>
    <message>
        <source>Record and make the letter</source>
        <translation>Record and make the letter</translation>
    </message>
    <message>
        <source>Completed: the corrections are recorded.</source>
        <translation>Completed: the corrections are recorded.</translation>
    </message>
    <message>
        <source>Completed. Tell these recipients about the correction (Art 19): %1</source>
        <translation>Completed. Tell these recipients about the correction (Art 19): %1</translation>
    </message>
    <message>
        <source>Erase %1 permanently?</source>
        <translation>Erase %1 permanently?</translation>
    </message>
    <message>
        <source>This is what the erasure deletes and what the law requires to keep (Art 17(3)).</source>
        <translation>This is what the erasure deletes and what the law requires to keep (Art 17(3)).</translation>
    </message>
    <message>
        <source>&amp;Erase and make the letter</source>
        <translation>&amp;Erase and make the letter</translation>
    </message>
    <message>
        <source>%1 has been erased. The letter is not kept in the register: print or save it now.</source>
        <translation>%1 has been erased. The letter is not kept in the register: print or save it now.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <source>%1 is marked restricted from today: the data is kept but excluded from all use and exports (Art 18).</source>
        <translation>%1 is marked restricted from today: the data is kept but excluded from all use and exports (Art 18).</translation>
    </message>
    <message>
        <source>Completed: the person is marked restricted.</source>
        <translation>Completed: the person is marked restricted.</translation>
    </message>
    <message>
        <source>Record the objection</source>
        <translation>Record the objection</translation>
    </message>
    <message>
        <source>Processing of the data of %1 based on legitimate interests stops from today, unless there are compelling legitimate grounds (Art 21(1)).</source>
        <translation>Processing of the data of %1 based on legitimate interests stops from today, unless there are compelling legitimate grounds (Art 21(1)).</translation>
    </message>
    <message>
        <source>Completed: the objection is recorded.</source>
        <translation>Completed: the objection is recorded.</translation>
    </message>
    <message>
        <source>Stop direct marketing</source>
        <translation>Stop direct marketing</translation>
    </message>
    <message>
        <source>%1 drops out of every marketing list and export, for good (Art 21(2)-(3)).</source>
        <translation>%1 drops out of every marketing list and export, for good (Art 21(2)-(3)).</translation>
    </message>
    <message>
        <source>Completed: direct marketing is prohibited for good.</source>
        <translation>Completed: direct marketing is prohibited for good.</translation>
    </message>
    <message>
        <source>Record the consent withdrawal</source>
        <translation>Record the consent withdrawal</translation>
    </message>
    <message>
        <source>The withdrawal is recorded with today&apos;s date and the processing based on the consent stops (Art 7(3)).</source>
        <translation>The withdrawal is recorded with today&apos;s date and the processing based on the consent stops (Art 7(3)).</translation>
    </message>
    <message>
        <source>Withdraw and make the letter</source>
        <translation>Withdraw and make the letter</translation>
    </message>
    <message>
        <source>Completed: the withdrawal is recorded.</source>
        <translation>Completed: the withdrawal is recorded.</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Export the person&apos;s data</translation>
    </message>
    <message>
        <source>The data %1 provided is exported as JSON and CSV in one ZIP file (Art 20). Next you choose where to save it.</source>
        <translation>The data %1 provided is exported as JSON and CSV in one ZIP file (Art 20). Next you choose where to save it.</translation>
    </message>
    <message>
        <source>Export and make the letter</source>
        <translation>Export and make the letter</translation>
    </message>
    <message>
        <source>Save the data export</source>
        <translation>Save the data export</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Data export</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Nothing was done: no file was chosen.</source>
        <translation>Nothing was done: no file was chosen.</translation>
    </message>
    <message>
        <source>Completed: the data export was saved to %1.</source>
        <translation>Completed: the data export was saved to %1.</translation>
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
        <source>The content of each register&apos;s privacy statement. Each section tells which requirement of the GDPR it meets; an empty required section is marked with a warning.</source>
        <translation>The content of each register&apos;s privacy statement. Each section tells which requirement of the GDPR it meets; an empty required section is marked with a warning.</translation>
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
    <name>HoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <source>A person on legal hold (e.g. an open dispute) is skipped when everyone past retention is erased. The hold ends after its last day.</source>
        <translation>A person on legal hold (e.g. an open dispute) is skipped when everyone past retention is erased. The hold ends after its last day.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation>&amp;Place hold</translation>
    </message>
    <message>
        <source>Rele&amp;ase hold</source>
        <translation>Rele&amp;ase hold</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <source>There is no signing identity yet. Create one for your business, or import the PKCS#12 file of a certificate from a certification authority.</source>
        <translation>There is no signing identity yet. Create one for your business, or import the PKCS#12 file of a certificate from a certification authority.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>Business ID:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Create…</translation>
    </message>
    <message>
        <source>&amp;Create a new one…</source>
        <translation>&amp;Create a new one…</translation>
    </message>
    <message>
        <source>Made by this app for your business (self-signed)</source>
        <translation>Made by this app for your business (self-signed)</translation>
    </message>
    <message>
        <source>Issued by a certification authority</source>
        <translation>Issued by a certification authority</translation>
    </message>
</context>
<context>
    <name>IdentityQuestion</name>
    <message>
        <source>The contact given is not the e-mail or phone the register holds for this person, and the answer discloses or changes their data. Is the identity certain?</source>
        <translation>The contact given is not the e-mail or phone the register holds for this person, and the answer discloses or changes their data. Is the identity certain?</translation>
    </message>
    <message>
        <source>No: as&amp;k for proof of identity after logging</source>
        <translation>No: as&amp;k for proof of identity after logging</translation>
    </message>
    <message>
        <source>Yes, certain, &amp;because:</source>
        <translation>Yes, certain, &amp;because:</translation>
    </message>
    <message>
        <source>Why the identity is certain</source>
        <translation>Why the identity is certain</translation>
    </message>
    <message>
        <source>e.g. asked in person, known to me</source>
        <translation>e.g. asked in person, known to me</translation>
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
        <source>Marketing: e-mail permission (yes/no)</source>
        <translation>Marketing: e-mail permission (yes/no)</translation>
    </message>
    <message>
        <source>Marketing: SMS permission (yes/no)</source>
        <translation>Marketing: SMS permission (yes/no)</translation>
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
        <source>Not a yes or no: write yes or no (kyllä/ei, ja/nej).</source>
        <translation>Not a yes or no: write yes or no (kyllä/ei, ja/nej).</translation>
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
    <message>
        <source>The order date cannot be in the future.</source>
        <translation>The order date cannot be in the future.</translation>
    </message>
    <message>
        <source>The column “%1” is recognised only when the file is read as UTF-8 (as “%2”); read as %3 it is not imported unless you choose what to import it as.</source>
        <translation>The column “%1” is recognised only when the file is read as UTF-8 (as “%2”); read as %3 it is not imported unless you choose what to import it as.</translation>
    </message>
    <message>
        <source>The marketing permission columns are not imported: choose the marketing purpose they are consents for.</source>
        <translation>The marketing permission columns are not imported: choose the marketing purpose they are consents for.</translation>
    </message>
    <message>
        <source>The file is UTF-8 text except in places that are not UTF-8 (bytes: %1, lines: %2). Read as Windows-1252 instead, every ä and ö of the rest would be stored garbled.</source>
        <translation>The file is UTF-8 text except in places that are not UTF-8 (bytes: %1, lines: %2). Read as Windows-1252 instead, every ä and ö of the rest would be stored garbled.</translation>
    </message>
    <message>
        <source>The file cannot be read as %3 (bytes that do not decode: %1, lines: %2).</source>
        <translation>The file cannot be read as %3 (bytes that do not decode: %1, lines: %2).</translation>
    </message>
    <message>
        <source>line %1: byte %2</source>
        <translation>line %1: byte %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Import customers from a CSV file</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Add to &amp;register:</source>
        <translation>Add to &amp;register:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicates:</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>Keep the register&apos;s details as they are.</source>
        <translation>Keep the register&apos;s details as they are.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Fill in what the register lacks; nothing already there is overwritten.</source>
        <translation>Fill in what the register lacks; nothing already there is overwritten.</translation>
    </message>
    <message>
        <source>Also import &amp;orders (one order per row)</source>
        <translation>Also import &amp;orders (one order per row)</translation>
    </message>
    <message>
        <source>Marketing &amp;permissions for:</source>
        <translation>Marketing &amp;permissions for:</translation>
    </message>
    <message>
        <source>The purpose the web shop&apos;s marketing permission columns (e-mail, SMS) are consents for; leave empty not to import them.</source>
        <translation>The purpose the web shop&apos;s marketing permission columns (e-mail, SMS) are consents for; leave empty not to import them.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Show only duplicates and refused rows</source>
        <translation>Show only duplicates and refused rows</translation>
    </message>
    <message>
        <source>C&amp;heck rows</source>
        <translation>C&amp;heck rows</translation>
    </message>
    <message>
        <source>Save refused ro&amp;ws…</source>
        <translation>Save refused ro&amp;ws…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet or a web shop (WooCommerce, Shopify…).</source>
        <translation>Choose a CSV file saved from a spreadsheet or a web shop (WooCommerce, Shopify…).</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns; encoding %3, separated by %4.</source>
        <translation>%1 rows, %2 columns; encoding %3, separated by %4.</translation>
    </message>
    <message>
        <source>Nothing has been read in. Fix those bytes in the file (save it again as UTF-8), or choose Windows-1252 under Encoding to read it so and check the rows before importing.</source>
        <translation>Nothing has been read in. Fix those bytes in the file (save it again as UTF-8), or choose Windows-1252 under Encoding to read it so and check the rows before importing.</translation>
    </message>
    <message>
        <source>Nothing has been read in. Save the file again as UTF-8.</source>
        <translation>Nothing has been read in. Save the file again as UTF-8.</translation>
    </message>
    <message>
        <source>Check the rows to see which can be imported.</source>
        <translation>Check the rows to see which can be imported.</translation>
    </message>
    <message>
        <source>%1 new, %2 duplicates, %3 refused.</source>
        <translation>%1 new, %2 duplicates, %3 refused.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All (*)</source>
        <translation>CSV files (*.csv *.txt);;All (*)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Importing customers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Imported %1 new customers and %2 orders; %3 duplicates merged, %4 skipped, %5 rows refused.</source>
        <translation>Imported %1 new customers and %2 orders; %3 duplicates merged, %4 skipped, %5 rows refused.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Save refused rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 refused rows saved in %2.</source>
        <translation>%1 refused rows saved in %2.</translation>
    </message>
</context>
<context>
    <name>ImportIdentityDialog</name>
    <message>
        <source>Import a signing identity</source>
        <translation>Import a signing identity</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12 or .pfx) you got from a certification authority and type its passphrase. The app keeps a copy in the data folder, locked with the same passphrase.</source>
        <translation>Choose the PKCS#12 file (.p12 or .pfx) you got from a certification authority and type its passphrase. The app keeps a copy in the data folder, locked with the same passphrase.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose a PKCS#12 file</source>
        <translation>Choose a PKCS#12 file</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 files (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>Record the people informed</source>
        <translation>Record the people informed</translation>
    </message>
    <message>
        <source>When the risk is high, tell the people affected without undue delay, in plain language (the letters do this), unless one of the exceptions applies.</source>
        <translation>When the risk is high, tell the people affected without undue delay, in plain language (the letters do this), unless one of the exceptions applies.</translation>
    </message>
    <message>
        <source>&amp;Exception:</source>
        <translation>&amp;Exception:</translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation>&amp;Informed:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>How &amp;many:</translation>
    </message>
    <message>
        <source>&amp;Why the exception applies:</source>
        <translation>&amp;Why the exception applies:</translation>
    </message>
    <message>
        <source>e.g. by letter, by e-mail</source>
        <translation>e.g. by letter, by e-mail</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>The period cannot start after today.</source>
        <translation>The period cannot start after today.</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Supervisor&apos;s folder</source>
        <translation>Supervisor&apos;s folder</translation>
    </message>
    <message>
        <source>One folder to show the supervisory authority or a customer that you comply (Art 5(2), 24): a cover page with the 15 checklist items, the record of processing, the statements and their versions, the assessments, the logs of the period and the audit log&apos;s check. Items not yet answered are listed as open, with what to do.</source>
        <translation>One folder to show the supervisory authority or a customer that you comply (Art 5(2), 24): a cover page with the 15 checklist items, the record of processing, the statements and their versions, the assessments, the logs of the period and the audit log&apos;s check. Items not yet answered are listed as open, with what to do.</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>A new dated folder</source>
        <translation>A new dated folder</translation>
    </message>
    <message>
        <source>A ZIP file</source>
        <translation>A ZIP file</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>Lo&amp;cation:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>The first day of the requests and breaches included</source>
        <translation>The first day of the requests and breaches included</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Sign every PDF</source>
        <translation>&amp;Sign every PDF</translation>
    </message>
    <message>
        <source>Create or import a signing identity to sign</source>
        <translation>Create or import a signing identity to sign</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase of the signing key</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Make the folder</source>
        <translation>&amp;Make the folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the folder as a ZIP file</source>
        <translation>Save the folder as a ZIP file</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>Folder for the supervisor&apos;s folder</source>
        <translation>Folder for the supervisor&apos;s folder</translation>
    </message>
    <message>
        <source>Choose where the folder goes.</source>
        <translation>Choose where the folder goes.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>There is no such folder.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Type the passphrase of your signing key.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 files).</source>
        <translation>Saved %1 (%2 files).</translation>
    </message>
    <message>
        <source>Open items (%1):</source>
        <translation>Open items (%1):</translation>
    </message>
    <message>
        <source>Every checklist item is answered.</source>
        <translation>Every checklist item is answered.</translation>
    </message>
    <message>
        <source>Could not write there: %1</source>
        <translation>Could not write there: %1</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>The passphrase is not right. Check it and try again.</translation>
    </message>
</context>
<context>
    <name>InterestAssessment</name>
    <message>
        <source>The interest is not overridden: the processing may proceed</source>
        <translation>The interest is not overridden: the processing may proceed</translation>
    </message>
    <message>
        <source>The person&apos;s interests override it: not on legitimate interests</source>
        <translation>The person&apos;s interests override it: not on legitimate interests</translation>
    </message>
</context>
<context>
    <name>InterestAssessmentDialog</name>
    <message>
        <source>Legitimate interest assessment</source>
        <translation>Legitimate interest assessment</translation>
    </message>
    <message>
        <source>Legitimate interest assessment (Art 6(1)(f))</source>
        <translation>Legitimate interest assessment (Art 6(1)(f))</translation>
    </message>
    <message>
        <source>Purpose %1: %2</source>
        <translation>Purpose %1: %2</translation>
    </message>
    <message>
        <source>This purpose has changed since it was assessed: check every answer and save the assessment again.</source>
        <translation>This purpose has changed since it was assessed: check every answer and save the assessment again.</translation>
    </message>
    <message>
        <source>The legitimate &amp;interest:</source>
        <translation>The legitimate &amp;interest:</translation>
    </message>
    <message>
        <source>Why the processing is &amp;necessary for it:</source>
        <translation>Why the processing is &amp;necessary for it:</translation>
    </message>
    <message>
        <source>&amp;Balancing against the person&apos;s expectations and rights:</source>
        <translation>&amp;Balancing against the person&apos;s expectations and rights:</translation>
    </message>
    <message>
        <source>Sa&amp;feguards:</source>
        <translation>Sa&amp;feguards:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Assessed b&amp;y:</source>
        <translation>Assessed b&amp;y:</translation>
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
        <source>Ready to send</source>
        <translation>Ready to send</translation>
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
        <source>Not yet answered</source>
        <translation>Not yet answered</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Only when technically necessary</source>
        <translation>Only when technically necessary</translation>
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
        <source>This program keeps your customer register and its privacy statement, and reminds you when a person&apos;s request must be answered. Setting up takes a few minutes; you can change everything later.</source>
        <translation>This program keeps your customer register and its privacy statement, and reminds you when a person&apos;s request must be answered. Setting up takes a few minutes; you can change everything later.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters to the people affected</source>
        <translation>Letters to the people affected</translation>
    </message>
    <message>
        <source>One letter to each of the %1 linked customers, each in their own language. Every letter is also archived with the person.</source>
        <translation>One letter to each of the %1 linked customers, each in their own language. Every letter is also archived with the person.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>&amp;Sign digitally</source>
        <translation>&amp;Sign digitally</translation>
    </message>
    <message>
        <source>Sign with your signing key, to send the letters by e-mail</source>
        <translation>Sign with your signing key, to send the letters by e-mail</translation>
    </message>
    <message>
        <source>Create or import a signing key in Settings to sign the letters digitally.</source>
        <translation>Create or import a signing key in Settings to sign the letters digitally.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase of the signing key</translation>
    </message>
    <message>
        <source>&amp;Write letters</source>
        <translation>&amp;Write letters</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <source>Choose the folder for the letters.</source>
        <translation>Choose the folder for the letters.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>There is no such folder.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Type the passphrase of your signing key.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>The passphrase is not right. Check it and try again.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The register in %1 is open on the computer %2, or Tietosuoja Desktop did not close there. A register must not be used from two computers at once through a synchronised or shared folder: it can be corrupted. Close it on %2, make a backup there and restore it on this computer. If it is not open on %2 any more, delete the file %3 and start again.</source>
        <translation>The register in %1 is open on the computer %2, or Tietosuoja Desktop did not close there. A register must not be used from two computers at once through a synchronised or shared folder: it can be corrupted. Close it on %2, make a backup there and restore it on this computer. If it is not open on %2 any more, delete the file %3 and start again.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>The register is hidden. Type its passphrase to go on.</source>
        <translation>The register is hidden. Type its passphrase to go on.</translation>
    </message>
    <message>
        <source>The register is hidden while you are away.</source>
        <translation>The register is hidden while you are away.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>That is not the passphrase of the register.</source>
        <translation>That is not the passphrase of the register.</translation>
    </message>
</context>
<context>
    <name>LogRequestDialog</name>
    <message>
        <source>Log a request</source>
        <translation>Log a request</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Recei&amp;ved:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Original:</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>Came &amp;from:</translation>
    </message>
    <message>
        <source>The e-mail address or phone it came from</source>
        <translation>The e-mail address or phone it came from</translation>
    </message>
    <message>
        <source>&amp;Attach the original…</source>
        <translation>&amp;Attach the original…</translation>
    </message>
    <message>
        <source>&amp;Log the request</source>
        <translation>&amp;Log the request</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What the person asks, in their words</source>
        <translation>What the person asks, in their words</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Attach the original</source>
        <translation>Attach the original</translation>
    </message>
    <message>
        <source>A scanned letter or a saved e-mail (optional)</source>
        <translation>A scanned letter or a saved e-mail (optional)</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>Choose the person from the list.</translation>
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
        <source>&amp;Import customers from CSV…</source>
        <translation>&amp;Import customers from CSV…</translation>
    </message>
    <message>
        <source>Export &amp;marketing list…</source>
        <translation>Export &amp;marketing list…</translation>
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
        <source>&amp;Processors and recipients…</source>
        <translation>&amp;Processors and recipients…</translation>
    </message>
    <message>
        <source>&amp;Who has access…</source>
        <translation>&amp;Who has access…</translation>
    </message>
    <message>
        <source>Security re&amp;view…</source>
        <translation>Security re&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Data protection officer…</source>
        <translation>&amp;Data protection officer…</translation>
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
        <source>Breaches</source>
        <translation>Breaches</translation>
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
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
</context>
<context>
    <name>Marketing</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>existing customer</source>
        <translation>existing customer</translation>
    </message>
    <message>
        <source>business contact</source>
        <translation>business contact</translation>
    </message>
    <message>
        <source>allowed unless refused</source>
        <translation>allowed unless refused</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>processing restricted</translation>
    </message>
    <message>
        <source>direct marketing prohibited</source>
        <translation>direct marketing prohibited</translation>
    </message>
    <message>
        <source>refused on this channel</source>
        <translation>refused on this channel</translation>
    </message>
    <message>
        <source>no address or number</source>
        <translation>no address or number</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <source>existing-customer basis lapsed</source>
        <translation>existing-customer basis lapsed</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>no consent</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>on the suppression list</translation>
    </message>
</context>
<context>
    <name>MarketingDialogs</name>
    <message>
        <source>web form</source>
        <translation>web form</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>paper form</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>web-shop import</source>
        <translation>web-shop import</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Refused marketing on %1</source>
        <translation>Refused marketing on %1</translation>
    </message>
    <message>
        <source>Allowed marketing on %1 again</source>
        <translation>Allowed marketing on %1 again</translation>
    </message>
    <message>
        <source>Objected to direct marketing on %1 (Art 21(2))</source>
        <translation>Objected to direct marketing on %1 (Art 21(2))</translation>
    </message>
</context>
<context>
    <name>MarketingExportDialog</name>
    <message>
        <source>Export a marketing list</source>
        <translation>Export a marketing list</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Marketing channel</source>
        <translation>Marketing channel</translation>
    </message>
    <message>
        <source>Marketing purpose</source>
        <translation>Marketing purpose</translation>
    </message>
    <message>
        <source>The business&apos;s own products or services &amp;similar to those sold</source>
        <translation>The business&apos;s own products or services &amp;similar to those sold</translation>
    </message>
    <message>
        <source>Customers may then be sent e-mail and SMS without consent (existing-customer rule)</source>
        <translation>Customers may then be sent e-mail and SMS without consent (existing-customer rule)</translation>
    </message>
    <message>
        <source>It concerns people in their &amp;role at a company</source>
        <translation>It concerns people in their &amp;role at a company</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Export result</translation>
    </message>
    <message>
        <source>No marketing purposes yet: declare one in a register or record a consent.</source>
        <translation>No marketing purposes yet: declare one in a register or record a consent.</translation>
    </message>
    <message>
        <source>marketing list</source>
        <translation>marketing list</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>%1 people exported to %2.</source>
        <translation>%1 people exported to %2.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
    <message>
        <source>The list is still being written; close the window when it is done.</source>
        <translation>The list is still being written; close the window when it is done.</translation>
    </message>
</context>
<context>
    <name>MarketingTab</name>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Marketing purpose</source>
        <translation>Marketing purpose</translation>
    </message>
    <message>
        <source>The business&apos;s own products or services similar to those sold</source>
        <translation>The business&apos;s own products or services similar to those sold</translation>
    </message>
    <message>
        <source>It concerns the person&apos;s role at a company</source>
        <translation>It concerns the person&apos;s role at a company</translation>
    </message>
    <message>
        <source>No marketing purposes yet: declare one in a register or record a consent.</source>
        <translation>No marketing purposes yet: declare one in a register or record a consent.</translation>
    </message>
    <message>
        <source>Consent record (PDF)…</source>
        <translation>Consent record (PDF)…</translation>
    </message>
    <message>
        <source>Save the person&apos;s consent record as PDF</source>
        <translation>Save the person&apos;s consent record as PDF</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Consent…</translation>
    </message>
    <message>
        <source>Record a consent for %1</source>
        <translation>Record a consent for %1</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Record a withdrawal of consent for %1</source>
        <translation>Record a withdrawal of consent for %1</translation>
    </message>
    <message>
        <source>Marketing on %1</source>
        <translation>Marketing on %1</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Allow again…</source>
        <translation>Allow again…</translation>
    </message>
    <message>
        <source>Allow marketing on %1 again</source>
        <translation>Allow marketing on %1 again</translation>
    </message>
    <message>
        <source>Refuse marketing on %1</source>
        <translation>Refuse marketing on %1</translation>
    </message>
    <message>
        <source>Save the consent record</source>
        <translation>Save the consent record</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Could not save the consent record: %1</source>
        <translation>Could not save the consent record: %1</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>May be marketed: %1</source>
        <translation>May be marketed: %1</translation>
    </message>
    <message>
        <source>May not: %1</source>
        <translation>May not: %1</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;member the key in this computer&apos;s key store</source>
        <translation>Re&amp;member the key in this computer&apos;s key store</translation>
    </message>
    <message>
        <source>The program then starts without asking the passphrase. Anyone who can sign in to this computer as you can then open the register too.</source>
        <translation>The program then starts without asking the passphrase. Anyone who can sign in to this computer as you can then open the register too.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody can recover a forgotten passphrase: without it the register and its backups cannot be opened. Write it down and keep it safe.</source>
        <translation>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody can recover a forgotten passphrase: without it the register and its backups cannot be opened. Write it down and keep it safe.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Too short: at least %1 characters.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Strong passphrase.</translation>
    </message>
    <message>
        <source>Fair passphrase: a longer one is harder to guess.</source>
        <translation>Fair passphrase: a longer one is harder to guess.</translation>
    </message>
    <message>
        <source>Weak passphrase: add a few words.</source>
        <translation>Weak passphrase: add a few words.</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>Record the notification to the authority</source>
        <translation>Record the notification to the authority</translation>
    </message>
    <message>
        <source>Notify the Data Protection Ombudsman (tietosuoja.fi, the breach notification form), then record here when you did and the case number you were given. The authority had to be notified by %1.</source>
        <translation>Notify the Data Protection Ombudsman (tietosuoja.fi, the breach notification form), then record here when you did and the case number you were given. The authority had to be notified by %1.</translation>
    </message>
    <message>
        <source>&amp;Notified:</source>
        <translation>&amp;Notified:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation>Reasons for the &amp;delay:</translation>
    </message>
    <message>
        <source>Notified in &amp;phases: more information will follow</source>
        <translation>Notified in &amp;phases: more information will follow</translation>
    </message>
    <message>
        <source>Required when later than 72 hours</source>
        <translation>Required when later than 72 hours</translation>
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
        <source>Nobody has outlived their register&apos;s retention.</source>
        <translation>Nobody has outlived their register&apos;s retention.</translation>
    </message>
    <message>
        <source>Erase a&amp;ll…</source>
        <translation>Erase a&amp;ll…</translation>
    </message>
    <message>
        <source>Erase everyone past retention, after a preview (people on hold are skipped)</source>
        <translation>Erase everyone past retention, after a preview (people on hold are skipped)</translation>
    </message>
    <message>
        <source>Breaches: notify the Data Protection Ombudsman within 72 hours</source>
        <translation>Breaches: notify the Data Protection Ombudsman within 72 hours</translation>
    </message>
    <message>
        <source>Processor contracts to review (review date passed or within 30 days)</source>
        <translation>Processor contracts to review (review date passed or within 30 days)</translation>
    </message>
    <message>
        <source>Review securit&amp;y…</source>
        <translation>Review securit&amp;y…</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Today is %1.</translation>
    </message>
    <message>
        <source>Security has not been reviewed yet: review it once a year (Art 32).</source>
        <translation>Security has not been reviewed yet: review it once a year (Art 32).</translation>
    </message>
    <message>
        <source>The yearly security review is due (next review by %1).</source>
        <translation>The yearly security review is due (next review by %1).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Sign digitally</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <source>The document is signed as %1 (certificate valid until %2).</source>
        <translation>The document is signed as %1 (certificate valid until %2).</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>The register is encrypted</source>
        <translation>The register is encrypted</translation>
    </message>
    <message>
        <source>Type the passphrase of the register in %1.</source>
        <translation>Type the passphrase of the register in %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Re&amp;member the key in this computer&apos;s key store</source>
        <translation>Re&amp;member the key in this computer&apos;s key store</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>The passphrase does not open the register. Tries left: %1.</source>
        <translation>The passphrase does not open the register. Tries left: %1.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>A customer &amp;in the register</source>
        <translation>A customer &amp;in the register</translation>
    </message>
    <message>
        <source>Someone &amp;not in the register</source>
        <translation>Someone &amp;not in the register</translation>
    </message>
    <message>
        <source>Type a name, e-mail, phone or business ID</source>
        <translation>Type a name, e-mail, phone or business ID</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Customers found</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <source>Postal address or e-mail, for the answer</source>
        <translation>Postal address or e-mail, for the answer</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>No customer found: check the spelling, or choose &quot;Someone not in the register&quot;.</source>
        <translation>No customer found: check the spelling, or choose &quot;Someone not in the register&quot;.</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>Choose the person from the list.</translation>
    </message>
</context>
<context>
    <name>PersonalIdField</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
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
    <name>PolicyDialog</name>
    <message>
        <source>Data protection policy</source>
        <translation>Data protection policy</translation>
    </message>
    <message>
        <source>Your own additions to the data protection policy</source>
        <translation>Your own additions to the data protection policy</translation>
    </message>
    <message>
        <source>The app writes each section from the register: the access list, the request deadlines, the 72 hours for breaches, retention, backups, processors. Add your own rules where they say more; they print after the section. Make the policy on the Documents page: each one made is a new version.</source>
        <translation>The app writes each section from the register: the access list, the request deadlines, the 72 hours for breaches, retention, backups, processors. Add your own rules where they say more; they print after the section. Make the policy on the Documents page: each one made is a new version.</translation>
    </message>
    <message>
        <source>Latest version: %1, %2</source>
        <translation>Latest version: %1, %2</translation>
    </message>
    <message>
        <source>No version has been made yet.</source>
        <translation>No version has been made yet.</translation>
    </message>
</context>
<context>
    <name>PolicySection</name>
    <message>
        <source>Controller and responsibilities</source>
        <translation>Controller and responsibilities</translation>
    </message>
    <message>
        <source>Who has access</source>
        <translation>Who has access</translation>
    </message>
    <message>
        <source>Requests from people</source>
        <translation>Requests from people</translation>
    </message>
    <message>
        <source>Personal data breaches</source>
        <translation>Personal data breaches</translation>
    </message>
    <message>
        <source>Retention and erasure</source>
        <translation>Retention and erasure</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Security and its review</source>
        <translation>Security and its review</translation>
    </message>
    <message>
        <source>Processors and their contracts</source>
        <translation>Processors and their contracts</translation>
    </message>
    <message>
        <source>Briefing and training</source>
        <translation>Briefing and training</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Reasons / duplicate of</source>
        <translation>Reasons / duplicate of</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>customer %1 in the register (same %2)</source>
        <translation>customer %1 in the register (same %2)</translation>
    </message>
    <message>
        <source>line %1 of the file (same %2)</source>
        <translation>line %1 of the file (same %2)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and connected, then try again.</source>
        <translation>The printer could not be used. Check that it is switched on and connected, then try again.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>PDF file written</source>
        <translation>PDF file written</translation>
    </message>
    <message>
        <source>The document was written to %1.</source>
        <translation>The document was written to %1.</translation>
    </message>
</context>
<context>
    <name>Processor</name>
    <message>
        <source>Inside the EU/EEA</source>
        <translation>Inside the EU/EEA</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Adequacy decision</translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework</source>
        <translation>EU–US Data Privacy Framework</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standard contractual clauses</translation>
    </message>
    <message>
        <source>Other safeguard</source>
        <translation>Other safeguard</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <source>Write the date as day.month.year, e.g. 31.1.2026, or leave it empty.</source>
        <translation>Write the date as day.month.year, e.g. 31.1.2026, or leave it empty.</translation>
    </message>
    <message>
        <source>New processor</source>
        <translation>New processor</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>A new processor or other recipient</source>
        <translation>A new processor or other recipient</translation>
    </message>
    <message>
        <source>Processor or other recipient</source>
        <translation>Processor or other recipient</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ser&amp;vice it provides:</source>
        <translation>Ser&amp;vice it provides:</translation>
    </message>
    <message>
        <source>Data it &amp;handles:</source>
        <translation>Data it &amp;handles:</translation>
    </message>
    <message>
        <source>C&amp;ountry where the data is processed:</source>
        <translation>C&amp;ountry where the data is processed:</translation>
    </message>
    <message>
        <source>&amp;Transfer mechanism:</source>
        <translation>&amp;Transfer mechanism:</translation>
    </message>
    <message>
        <source>Contract si&amp;gned on:</source>
        <translation>Contract si&amp;gned on:</translation>
    </message>
    <message>
        <source>Next &amp;review on:</source>
        <translation>Next &amp;review on:</translation>
    </message>
    <message>
        <source>Registers it serves:</source>
        <translation>Registers it serves:</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.yyyy</translation>
    </message>
    <message>
        <source>e.g. web shop platform, bookkeeping</source>
        <translation>e.g. web shop platform, bookkeeping</translation>
    </message>
    <message>
        <source>e.g. names, addresses, orders</source>
        <translation>e.g. names, addresses, orders</translation>
    </message>
    <message>
        <source>No registers yet: add one on the Registers page.</source>
        <translation>No registers yet: add one on the Registers page.</translation>
    </message>
</context>
<context>
    <name>ProcessorsDialog</name>
    <message>
        <source>Processors and other recipients</source>
        <translation>Processors and other recipients</translation>
    </message>
    <message>
        <source>Everyone who handles your registers&apos; data on your behalf needs a written contract (Art 28). The privacy statements and the record of processing list them; a review date that has passed or comes within 30 days is marked.</source>
        <translation>Everyone who handles your registers&apos; data on your behalf needs a written contract (Art 28). The privacy statements and the record of processing list them; a review date that has passed or comes within 30 days is marked.</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Processors</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Open the copy</source>
        <translation>&amp;Open the copy</translation>
    </message>
    <message>
        <source>Attach a co&amp;py…</source>
        <translation>Attach a co&amp;py…</translation>
    </message>
    <message>
        <source>Keep the signed contract (a PDF or a scan); a new copy replaces the old</source>
        <translation>Keep the signed contract (a PDF or a scan); a new copy replaces the old</translation>
    </message>
    <message>
        <source>Choose a processor to see its contract copy.</source>
        <translation>Choose a processor to see its contract copy.</translation>
    </message>
    <message>
        <source>Contract copy: none attached.</source>
        <translation>Contract copy: none attached.</translation>
    </message>
    <message>
        <source>Contract copy: %1, attached %2</source>
        <translation>Contract copy: %1, attached %2</translation>
    </message>
    <message>
        <source>%1 serves these registers: %2. Removing it takes it off their privacy statements and records of processing; requests keep its name as listed. Its contract copy is removed too.</source>
        <translation>%1 serves these registers: %2. Removing it takes it off their privacy statements and records of processing; requests keep its name as listed. Its contract copy is removed too.</translation>
    </message>
    <message>
        <source>Remove %1 and its contract copy?</source>
        <translation>Remove %1 and its contract copy?</translation>
    </message>
    <message>
        <source>Remove the processor?</source>
        <translation>Remove the processor?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The signed contract</source>
        <translation>The signed contract</translation>
    </message>
    <message>
        <source>PDF files and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>PDF files and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ProcessorsTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Transfer mechanism</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>Contract review</translation>
    </message>
    <message>
        <source>The review date has passed</source>
        <translation>The review date has passed</translation>
    </message>
    <message>
        <source>The review is due within 30 days</source>
        <translation>The review is due within 30 days</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Business na&amp;me:</source>
        <translation>Business na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Street address:</translation>
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
        <source>Contact person&apos;s phone:</source>
        <translation>Contact person&apos;s phone:</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail:</source>
        <translation>Contact person&apos;s e-mail:</translation>
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
    <name>PurposesPanel</name>
    <message>
        <source>The consents in force; untick those not withdrawn:</source>
        <translation>The consents in force; untick those not withdrawn:</translation>
    </message>
    <message>
        <source>No consent is in force for this person. The letter confirms that nothing is processed on consent.</source>
        <translation>No consent is in force for this person. The letter confirms that nothing is processed on consent.</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <source>not yet told</source>
        <translation>not yet told</translation>
    </message>
    <message>
        <source>told</source>
        <translation>told</translation>
    </message>
    <message>
        <source>not disclosed to this recipient</source>
        <translation>not disclosed to this recipient</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In their system</source>
        <translation>In their system</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 recipient(s) not yet told (Art 19): tick them, or say why the request is complete without it.</source>
        <translation>%1 recipient(s) not yet told (Art 19): tick them, or say why the request is complete without it.</translation>
    </message>
    <message>
        <source>Only a rectification, erasure or restriction is told on.</source>
        <translation>Only a rectification, erasure or restriction is told on.</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Told</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message>
        <source>&amp;Told…</source>
        <translation>&amp;Told…</translation>
    </message>
    <message>
        <source>Record when and how the chosen recipient was told</source>
        <translation>Record when and how the chosen recipient was told</translation>
    </message>
    <message>
        <source>&amp;Not disclosed to</source>
        <translation>&amp;Not disclosed to</translation>
    </message>
    <message>
        <source>The person&apos;s data never went to the chosen recipient: nobody to tell</source>
        <translation>The person&apos;s data never went to the chosen recipient: nobody to tell</translation>
    </message>
    <message>
        <source>Untic&amp;k</source>
        <translation>Untic&amp;k</translation>
    </message>
    <message>
        <source>The chosen recipient is not yet told after all</source>
        <translation>The chosen recipient is not yet told after all</translation>
    </message>
    <message>
        <source>Re&amp;cipient list for the person…</source>
        <translation>Re&amp;cipient list for the person…</translation>
    </message>
    <message>
        <source>A short letter listing the recipients, when the person asks (Art 19)</source>
        <translation>A short letter listing the recipients, when the person asks (Art 19)</translation>
    </message>
    <message>
        <source>Recipients to tell</source>
        <translation>Recipients to tell</translation>
    </message>
    <message>
        <source>The list is made when the answer is prepared, from the registers that hold the person: their processors and the recipients they name.</source>
        <translation>The list is made when the answer is prepared, from the registers that hold the person: their processors and the recipients they name.</translation>
    </message>
    <message>
        <source>Tell every recipient of the correction, erasure or restriction (Art 19), or mark those the person&apos;s data never went to. Not yet told: %1 of %2.</source>
        <translation>Tell every recipient of the correction, erasure or restriction (Art 19), or mark those the person&apos;s data never went to. Not yet told: %1 of %2.</translation>
    </message>
    <message>
        <source>Recipient told</source>
        <translation>Recipient told</translation>
    </message>
    <message>
        <source>%1 was told of the correction, erasure or restriction.</source>
        <translation>%1 was told of the correction, erasure or restriction.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>%1 told on %2.</source>
        <translation>%1 told on %2.</translation>
    </message>
    <message>
        <source>%1: not disclosed to.</source>
        <translation>%1: not disclosed to.</translation>
    </message>
    <message>
        <source>%1: not yet told.</source>
        <translation>%1: not yet told.</translation>
    </message>
    <message>
        <source>List of recipients for the person</source>
        <translation>List of recipients for the person</translation>
    </message>
    <message>
        <source>The letter lists the recipients the person&apos;s data was disclosed to, and whether and when each was told. Those marked not disclosed to are left out.</source>
        <translation>The letter lists the recipients the person&apos;s data was disclosed to, and whether and when each was told. Those marked not disclosed to are left out.</translation>
    </message>
    <message>
        <source>Make the letter</source>
        <translation>Make the letter</translation>
    </message>
    <message>
        <source>The list of recipients is made and archived.</source>
        <translation>The list of recipients is made and archived.</translation>
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
    <name>RectificationPanel</name>
    <message>
        <source>1. Correct or complete the data on the person&apos;s page, and save it there.</source>
        <translation>1. Correct or complete the data on the person&apos;s page, and save it there.</translation>
    </message>
    <message>
        <source>&amp;Open the person&apos;s page…</source>
        <translation>&amp;Open the person&apos;s page…</translation>
    </message>
    <message>
        <source>2. The fields corrected since the request came in:</source>
        <translation>2. The fields corrected since the request came in:</translation>
    </message>
    <message>
        <source>No corrections found yet: correct the data on the person&apos;s page first.</source>
        <translation>No corrections found yet: correct the data on the person&apos;s page first.</translation>
    </message>
    <message>
        <source>3. Tell these recipients about the correction (Art 19):</source>
        <translation>3. Tell these recipients about the correction (Art 19):</translation>
    </message>
    <message>
        <source>3. The person&apos;s registers name no recipients to tell (Art 19).</source>
        <translation>3. The person&apos;s registers name no recipients to tell (Art 19).</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>The register file %1 is missing.</source>
        <translation>The register file %1 is missing.</translation>
    </message>
    <message>
        <source>The register file %1 is empty (0 bytes).</source>
        <translation>The register file %1 is empty (0 bytes).</translation>
    </message>
    <message>
        <source>The register file %1 is not encrypted, although this folder records it as encrypted.</source>
        <translation>The register file %1 is not encrypted, although this folder records it as encrypted.</translation>
    </message>
    <message>
        <source>The register file %1 is not an encrypted register, although this folder records it as encrypted.</source>
        <translation>The register file %1 is not an encrypted register, although this folder records it as encrypted.</translation>
    </message>
    <message>
        <source>Nothing was changed, and no new, empty register was made in its place.</source>
        <translation>Nothing was changed, and no new, empty register was made in its place.</translation>
    </message>
    <message>
        <source>The register cannot be opened</source>
        <translation>The register cannot be opened</translation>
    </message>
    <message>
        <source>There is no backup to restore. To start a new, empty register instead, move the files out of %1 (keep them) and start the program again.</source>
        <translation>There is no backup to restore. To start a new, empty register instead, move the files out of %1 (keep them) and start the program again.</translation>
    </message>
    <message>
        <source>The newest backup is %1. Restore it? People erased after it was taken are erased again. (On the command line: tietosuoja backup restore %2)</source>
        <translation>The newest backup is %1. Restore it? People erased after it was taken are erased again. (On the command line: tietosuoja backup restore %2)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>RegisterEditor</name>
    <message>
        <source>Te&amp;xts written in:</source>
        <translation>Te&amp;xts written in:</translation>
    </message>
    <message>
        <source>The language you write this description in. Its texts in the other languages: Translations… below.</source>
        <translation>The language you write this description in. Its texts in the other languages: Translations… below.</translation>
    </message>
    <message>
        <source>Safeguards for the transfers</source>
        <translation>Safeguards for the transfers</translation>
    </message>
    <message>
        <source>Safeg&amp;uards:</source>
        <translation>Safeg&amp;uards:</translation>
    </message>
    <message>
        <source>&amp;Add purpose</source>
        <translation>&amp;Add purpose</translation>
    </message>
    <message>
        <source>&amp;Interest assessment…</source>
        <translation>&amp;Interest assessment…</translation>
    </message>
    <message>
        <source>The balancing test behind the selected purpose on legitimate interests (Art 6(1)(f)); save the register first</source>
        <translation>The balancing test behind the selected purpose on legitimate interests (Art 6(1)(f)); save the register first</translation>
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
        <source>Is data &amp;transferred outside the EU/EEA?</source>
        <translation>Is data &amp;transferred outside the EU/EEA?</translation>
    </message>
    <message>
        <source>Must people &amp;give the data, by law or contract?</source>
        <translation>Must people &amp;give the data, by law or contract?</translation>
    </message>
    <message>
        <source>Are &amp;decisions made automatically (Art 22)?</source>
        <translation>Are &amp;decisions made automatically (Art 22)?</translation>
    </message>
    <message>
        <source>Is the data used for &amp;profiling (e.g. ad targeting, analytics demographics)?</source>
        <translation>Is the data used for &amp;profiling (e.g. ad targeting, analytics demographics)?</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Drawn up %1, last changed %2.</source>
        <translation>Drawn up %1, last changed %2.</translation>
    </message>
    <message>
        <source>No legitimate interest assessment yet for purpose %1: select it and press Interest assessment.</source>
        <translation>No legitimate interest assessment yet for purpose %1: select it and press Interest assessment.</translation>
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
        <source>e.g. the EU Commission&apos;s standard contractual clauses</source>
        <translation>e.g. the EU Commission&apos;s standard contractual clauses</translation>
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
        <source>Art 13(2)(f) and Art 22: answer both questions; describe the logic and its effects when the answer is yes</source>
        <translation>Art 13(2)(f) and Art 22: answer both questions; describe the logic and its effects when the answer is yes</translation>
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
        <source>Organisational measures</source>
        <translation>Organisational measures</translation>
    </message>
    <message>
        <source>e.g. confidentiality undertakings, access only for those who need it, training</source>
        <translation>e.g. confidentiality undertakings, access only for those who need it, training</translation>
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
    <name>RegisterTemplateDialog</name>
    <message>
        <source>New register from a template</source>
        <translation>New register from a template</translation>
    </message>
    <message>
        <source>The template fills in every section of the privacy statement in the language of your documents, with its translations. Check and edit it, then save.</source>
        <translation>The template fills in every section of the privacy statement in the language of your documents, with its translations. Check and edit it, then save.</translation>
    </message>
</context>
<context>
    <name>RegisterTranslationsDialog</name>
    <message>
        <source>Purpose %1</source>
        <translation>Purpose %1</translation>
    </message>
    <message>
        <source>Legitimate interest, purpose %1</source>
        <translation>Legitimate interest, purpose %1</translation>
    </message>
    <message>
        <source>Translations of the register description</source>
        <translation>Translations of the register description</translation>
    </message>
    <message>
        <source>Write each text in the other language under its original. A statement in that language prints the translations; what is left empty is printed as written.</source>
        <translation>Write each text in the other language under its original. A statement in that language prints the translations; what is left empty is printed as written.</translation>
    </message>
    <message>
        <source>&amp;Translate into:</source>
        <translation>&amp;Translate into:</translation>
    </message>
    <message>
        <source>The original has changed since this was translated: check it and save.</source>
        <translation>The original has changed since this was translated: check it and save.</translation>
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
        <source>Fr&amp;om template…</source>
        <translation>Fr&amp;om template…</translation>
    </message>
    <message>
        <source>A new register filled in from a template</source>
        <translation>A new register filled in from a template</translation>
    </message>
    <message>
        <source>The access list: confidentiality undertakings and briefings (Art 29, 32(4))</source>
        <translation>The access list: confidentiality undertakings and briefings (Art 29, 32(4))</translation>
    </message>
    <message>
        <source>Who has access…</source>
        <translation>Who has access…</translation>
    </message>
    <message>
        <source>Processors and recipients…</source>
        <translation>Processors and recipients…</translation>
    </message>
    <message>
        <source>Who handles the registers&apos; data for you, their contracts and reviews (Art 28)</source>
        <translation>Who handles the registers&apos; data for you, their contracts and reviews (Art 28)</translation>
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
        <source>Trans&amp;lations…</source>
        <translation>Trans&amp;lations…</translation>
    </message>
    <message>
        <source>The texts of this description in the other languages, for the statements</source>
        <translation>The texts of this description in the other languages, for the statements</translation>
    </message>
    <message>
        <source>DPIA s&amp;creening…</source>
        <translation>DPIA s&amp;creening…</translation>
    </message>
    <message>
        <source>Screen this register for a data protection impact assessment (Art 35)</source>
        <translation>Screen this register for a data protection impact assessment (Art 35)</translation>
    </message>
    <message>
        <source>Security review…</source>
        <translation>Security review…</translation>
    </message>
    <message>
        <source>Data protection officer…</source>
        <translation>Data protection officer…</translation>
    </message>
    <message>
        <source>The yearly review of the risks and the security measures (Art 32)</source>
        <translation>The yearly review of the risks and the security measures (Art 32)</translation>
    </message>
    <message>
        <source>Record whether a data protection officer is needed and why (Art 37)</source>
        <translation>Record whether a data protection officer is needed and why (Art 37)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The register description has unsaved changes. Save them?</source>
        <translation>The register description has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>This register has not been screened for a DPIA yet: press DPIA screening.</source>
        <translation>This register has not been screened for a DPIA yet: press DPIA screening.</translation>
    </message>
    <message>
        <source>The screening found a DPIA needed, and none is recorded yet: press DPIA screening.</source>
        <translation>The screening found a DPIA needed, and none is recorded yet: press DPIA screening.</translation>
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
    <name>RequestActions</name>
    <message>
        <source>Wait until the step under way has finished.</source>
        <translation>Wait until the step under way has finished.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Acknowledge the request</source>
        <translation>Acknowledge the request</translation>
    </message>
    <message>
        <source>The letter confirms that the request was received on %1 and says it will be answered by %2 at the latest.</source>
        <translation>The letter confirms that the request was received on %1 and says it will be answered by %2 at the latest.</translation>
    </message>
    <message>
        <source>Make the letter</source>
        <translation>Make the letter</translation>
    </message>
    <message>
        <source>The acknowledgement is made.</source>
        <translation>The acknowledgement is made.</translation>
    </message>
    <message>
        <source>Ask for proof of identity</source>
        <translation>Ask for proof of identity</translation>
    </message>
    <message>
        <source>Where you have reasonable doubts about who is asking (Art 12(6)), ask for proof of identity. The request cannot be fulfilled until the proof has arrived.</source>
        <translation>Where you have reasonable doubts about who is asking (Art 12(6)), ask for proof of identity. The request cannot be fulfilled until the proof has arrived.</translation>
    </message>
    <message>
        <source>What is in doubt (the letter states it):</source>
        <translation>What is in doubt (the letter states it):</translation>
    </message>
    <message>
        <source>Ask and make the letter</source>
        <translation>Ask and make the letter</translation>
    </message>
    <message>
        <source>Proof of identity asked for: the request waits until it arrives.</source>
        <translation>Proof of identity asked for: the request waits until it arrives.</translation>
    </message>
    <message>
        <source>Proof of identity received: the request can now be fulfilled.</source>
        <translation>Proof of identity received: the request can now be fulfilled.</translation>
    </message>
    <message>
        <source>Marked: the identity could not be verified. You may refuse the request (Art 12(2)).</source>
        <translation>Marked: the identity could not be verified. You may refuse the request (Art 12(2)).</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>The deadline moves from %1 to %2 (three months from receipt, Art 12(3)). The person must be told of the extension and the reasons by %3.</source>
        <translation>The deadline moves from %1 to %2 (three months from receipt, Art 12(3)). The person must be told of the extension and the reasons by %3.</translation>
    </message>
    <message>
        <source>Why more time is needed (the notice states it):</source>
        <translation>Why more time is needed (the notice states it):</translation>
    </message>
    <message>
        <source>Extend and make the notice</source>
        <translation>Extend and make the notice</translation>
    </message>
    <message>
        <source>Extended: the new due date is %1.</source>
        <translation>Extended: the new due date is %1.</translation>
    </message>
    <message>
        <source>Refuse or take no action</source>
        <translation>Refuse or take no action</translation>
    </message>
    <message>
        <source>The letter gives your reason and tells the person of the right to lodge a complaint with the supervisory authority and to seek a judicial remedy (Art 12(4)).</source>
        <translation>The letter gives your reason and tells the person of the right to lodge a complaint with the supervisory authority and to seek a judicial remedy (Art 12(4)).</translation>
    </message>
    <message>
        <source>Why the request is refused (the letter states it):</source>
        <translation>Why the request is refused (the letter states it):</translation>
    </message>
    <message>
        <source>Refuse and make the letter</source>
        <translation>Refuse and make the letter</translation>
    </message>
    <message>
        <source>Refused. The letter names the supervisory authority.</source>
        <translation>Refused. The letter names the supervisory authority.</translation>
    </message>
    <message>
        <source>Mark the request withdrawn</source>
        <translation>Mark the request withdrawn</translation>
    </message>
    <message>
        <source>The person has withdrawn the request. No letter is made.</source>
        <translation>The person has withdrawn the request. No letter is made.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Mark withdrawn</translation>
    </message>
    <message>
        <source>Marked withdrawn: the clock has stopped.</source>
        <translation>Marked withdrawn: the clock has stopped.</translation>
    </message>
    <message>
        <source>Not yet told of it (Art 19): %1. Tick them on the Recipients tab, or say below why the request is complete without it.</source>
        <translation>Not yet told of it (Art 19): %1. Tick them on the Recipients tab, or say below why the request is complete without it.</translation>
    </message>
    <message>
        <source>Mark the answer sent</source>
        <translation>Mark the answer sent</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: send it there, then mark the request sent.</source>
        <translation>The e-mail is open in your mail program: send it there, then mark the request sent.</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail. It is saved as %1: open it yourself, then mark the request sent once it has gone.</source>
        <translation>No mail program opened the e-mail. It is saved as %1: open it yourself, then mark the request sent once it has gone.</translation>
    </message>
    <message>
        <source>The request is completed on the day the answer went to the person. The due date is %1.</source>
        <translation>The request is completed on the day the answer went to the person. The due date is %1.</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <source>Why it is complete while recipients are not yet &amp;told:</source>
        <translation>Why it is complete while recipients are not yet &amp;told:</translation>
    </message>
    <message>
        <source>Give the reason, or tick the recipients first.</source>
        <translation>Give the reason, or tick the recipients first.</translation>
    </message>
    <message>
        <source>Sent on %1: the request is completed.</source>
        <translation>Sent on %1: the request is completed.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Select a request to see its clock, its timeline and what to do next.</source>
        <translation>Select a request to see its clock, its timeline and what to do next.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identity:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Recipients (Art 19)</source>
        <translation>Recipients (Art 19)</translation>
    </message>
    <message>
        <source>Originals (%1)</source>
        <translation>Originals (%1)</translation>
    </message>
    <message>
        <source>Recipients (Art 19): %1 not yet told</source>
        <translation>Recipients (Art 19): %1 not yet told</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>No. %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2: the clock has stopped.</source>
        <translation>%1 on %2: the clock has stopped.</translation>
    </message>
    <message>
        <source>%1: due %2, %3</source>
        <translation>%1: due %2, %3</translation>
    </message>
    <message>
        <source>Extended on %1: %2</source>
        <translation>Extended on %1: %2</translation>
    </message>
    <message>
        <source>An extension must be notified by %1.</source>
        <translation>An extension must be notified by %1.</translation>
    </message>
    <message>
        <source>%1 (not in the register)</source>
        <translation>%1 (not in the register)</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>corrected: %1</translation>
    </message>
</context>
<context>
    <name>RequestFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Search requests</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Sh&amp;ow:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>&amp;Log a request…</translation>
    </message>
    <message>
        <source>Log a request that has arrived (Ctrl+N)</source>
        <translation>Log a request that has arrived (Ctrl+N)</translation>
    </message>
    <message>
        <source>Request lo&amp;g…</source>
        <translation>Request lo&amp;g…</translation>
    </message>
    <message>
        <source>All requests of a period as PDF and CSV, for the supervisory authority</source>
        <translation>All requests of a period as PDF and CSV, for the supervisory authority</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>RequestLetters</name>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>Characters the document cannot print</source>
        <translation>Characters the document cannot print</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RequestLogDialog</name>
    <message>
        <source>Request log</source>
        <translation>Request log</translation>
    </message>
    <message>
        <source>Every request received in the period, with the dates it was received, due and answered and its outcome: the record to show the supervisory authority that requests are handled (Art 5(2)).</source>
        <translation>Every request received in the period, with the dates it was received, due and answered and its outcome: the record to show the supervisory authority that requests are handled (Art 5(2)).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Save PDF and CSV…</source>
        <translation>&amp;Save PDF and CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>The period must start before it ends.</translation>
    </message>
    <message>
        <source>Request log %1–%2</source>
        <translation>Request log %1–%2</translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation>Save the request log</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Saved %1 and %2.</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quest</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>&amp;Log a request…</translation>
    </message>
    <message>
        <source>Request lo&amp;g…</source>
        <translation>Request lo&amp;g…</translation>
    </message>
    <message>
        <source>Answer the re&amp;quest…</source>
        <translation>Answer the re&amp;quest…</translation>
    </message>
</context>
<context>
    <name>RequestMessages</name>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translation>The file %1 could not be read or written: %2</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was changed.</source>
        <translation>The passphrase does not open your signing key. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nothing was changed.</translation>
    </message>
    <message>
        <source>The letter could not be signed (%1). Check the request&apos;s timeline for what was done.</source>
        <translation>The letter could not be signed (%1). Check the request&apos;s timeline for what was done.</translation>
    </message>
</context>
<context>
    <name>RequestNames</name>
    <message>
        <source>Request logged</source>
        <translation>Request logged</translation>
    </message>
    <message>
        <source>Original attached</source>
        <translation>Original attached</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Work started</translation>
    </message>
    <message>
        <source>Receipt acknowledged</source>
        <translation>Receipt acknowledged</translation>
    </message>
    <message>
        <source>Proof of identity asked for by letter</source>
        <translation>Proof of identity asked for by letter</translation>
    </message>
    <message>
        <source>Extension notified</source>
        <translation>Extension notified</translation>
    </message>
    <message>
        <source>Refusal sent</source>
        <translation>Refusal sent</translation>
    </message>
    <message>
        <source>Waiting for proof of identity</source>
        <translation>Waiting for proof of identity</translation>
    </message>
    <message>
        <source>Proof of identity received</source>
        <translation>Proof of identity received</translation>
    </message>
    <message>
        <source>Identity could not be verified</source>
        <translation>Identity could not be verified</translation>
    </message>
    <message>
        <source>No proof of identity needed</source>
        <translation>No proof of identity needed</translation>
    </message>
    <message>
        <source>Deadline extended by two months</source>
        <translation>Deadline extended by two months</translation>
    </message>
    <message>
        <source>Completion letter prepared</source>
        <translation>Completion letter prepared</translation>
    </message>
    <message>
        <source>No-data-held letter prepared</source>
        <translation>No-data-held letter prepared</translation>
    </message>
    <message>
        <source>Identity: the contact matches the register&apos;s details</source>
        <translation>Identity: the contact matches the register&apos;s details</translation>
    </message>
    <message>
        <source>Identity certain, in the user&apos;s view</source>
        <translation>Identity certain, in the user&apos;s view</translation>
    </message>
    <message>
        <source>Identity not confirmed: the contact is not the register&apos;s</source>
        <translation>Identity not confirmed: the contact is not the register&apos;s</translation>
    </message>
    <message>
        <source>Access report prepared</source>
        <translation>Access report prepared</translation>
    </message>
    <message>
        <source>Corrected fields recorded</source>
        <translation>Corrected fields recorded</translation>
    </message>
    <message>
        <source>Data exported (ZIP)</source>
        <translation>Data exported (ZIP)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Answer ready to send</source>
        <translation>Answer ready to send</translation>
    </message>
    <message>
        <source>Answer sent, request completed</source>
        <translation>Answer sent, request completed</translation>
    </message>
    <message>
        <source>Refused or no action</source>
        <translation>Refused or no action</translation>
    </message>
    <message>
        <source>Withdrawn by the person</source>
        <translation>Withdrawn by the person</translation>
    </message>
    <message>
        <source>Recipients to tell listed (Art 19)</source>
        <translation>Recipients to tell listed (Art 19)</translation>
    </message>
    <message>
        <source>Recipient told</source>
        <translation>Recipient told</translation>
    </message>
    <message>
        <source>Recipient marked as not disclosed to</source>
        <translation>Recipient marked as not disclosed to</translation>
    </message>
    <message>
        <source>Recipient not yet told after all</source>
        <translation>Recipient not yet told after all</translation>
    </message>
    <message>
        <source>Completed before every recipient was told, because</source>
        <translation>Completed before every recipient was told, because</translation>
    </message>
    <message>
        <source>List of recipients given to the person</source>
        <translation>List of recipients given to the person</translation>
    </message>
    <message>
        <source>Acknowledgement letter</source>
        <translation>Acknowledgement letter</translation>
    </message>
    <message>
        <source>Identity request letter</source>
        <translation>Identity request letter</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation>Refusal letter</translation>
    </message>
    <message>
        <source>Completion letter</source>
        <translation>Completion letter</translation>
    </message>
    <message>
        <source>No-data-held letter</source>
        <translation>No-data-held letter</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Access report</translation>
    </message>
    <message>
        <source>Data export (ZIP)</source>
        <translation>Data export (ZIP)</translation>
    </message>
    <message>
        <source>List of recipients</source>
        <translation>List of recipients</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>proof asked for on %1, not yet received</source>
        <translation>proof asked for on %1, not yet received</translation>
    </message>
    <message>
        <source>proof received on %2</source>
        <translation>proof received on %2</translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation>could not be verified</translation>
    </message>
    <message>
        <source>matches the register&apos;s details</source>
        <translation>matches the register&apos;s details</translation>
    </message>
    <message>
        <source>certain (reason in the timeline)</source>
        <translation>certain (reason in the timeline)</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>Handed over in person</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>removed when the person&apos;s data was erased on %1</source>
        <translation>removed when the person&apos;s data was erased on %1</translation>
    </message>
    <message>
        <source>access report sent</source>
        <translation>access report sent</translation>
    </message>
    <message>
        <source>the person erased</source>
        <translation>the person erased</translation>
    </message>
    <message>
        <source>no data held</source>
        <translation>no data held</translation>
    </message>
    <message>
        <source>data corrected</source>
        <translation>data corrected</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>processing restricted</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>data exported</translation>
    </message>
    <message>
        <source>objection recorded</source>
        <translation>objection recorded</translation>
    </message>
    <message>
        <source>direct marketing prohibited</source>
        <translation>direct marketing prohibited</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consent withdrawn</translation>
    </message>
</context>
<context>
    <name>RequestSteps</name>
    <message>
        <source>Send the access report…</source>
        <translation>Send the access report…</translation>
    </message>
    <message>
        <source>Record the corrections…</source>
        <translation>Record the corrections…</translation>
    </message>
    <message>
        <source>Erase the person…</source>
        <translation>Erase the person…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Restrict processing…</translation>
    </message>
    <message>
        <source>Export the data…</source>
        <translation>Export the data…</translation>
    </message>
    <message>
        <source>Record the objection…</source>
        <translation>Record the objection…</translation>
    </message>
    <message>
        <source>Stop direct marketing…</source>
        <translation>Stop direct marketing…</translation>
    </message>
    <message>
        <source>Record the withdrawal…</source>
        <translation>Record the withdrawal…</translation>
    </message>
    <message>
        <source>Send the access report.</source>
        <translation>Send the access report.</translation>
    </message>
    <message>
        <source>Correct the data on the person&apos;s page, then record the corrections.</source>
        <translation>Correct the data on the person&apos;s page, then record the corrections.</translation>
    </message>
    <message>
        <source>Check what is erased and what is kept, then erase.</source>
        <translation>Check what is erased and what is kept, then erase.</translation>
    </message>
    <message>
        <source>Mark the person restricted.</source>
        <translation>Mark the person restricted.</translation>
    </message>
    <message>
        <source>Export the person&apos;s data as a ZIP file.</source>
        <translation>Export the person&apos;s data as a ZIP file.</translation>
    </message>
    <message>
        <source>Record the objection.</source>
        <translation>Record the objection.</translation>
    </message>
    <message>
        <source>Prohibit direct marketing to the person.</source>
        <translation>Prohibit direct marketing to the person.</translation>
    </message>
    <message>
        <source>Record which consents are withdrawn.</source>
        <translation>Record which consents are withdrawn.</translation>
    </message>
    <message>
        <source>Send the no-data-held letter…</source>
        <translation>Send the no-data-held letter…</translation>
    </message>
    <message>
        <source>Ready to send: %1. Send it to the person, then mark it sent.</source>
        <translation>Ready to send: %1. Send it to the person, then mark it sent.</translation>
    </message>
    <message>
        <source>Waiting for proof of identity, asked for on %1. Mark it received or failed.</source>
        <translation>Waiting for proof of identity, asked for on %1. Mark it received or failed.</translation>
    </message>
    <message>
        <source>The identity could not be verified: refuse the request (Art 12(2)) or ask again.</source>
        <translation>The identity could not be verified: refuse the request (Art 12(2)) or ask again.</translation>
    </message>
    <message>
        <source>Identity not confirmed: ask for proof of identity (Art 12(6)).</source>
        <translation>Identity not confirmed: ask for proof of identity (Art 12(6)).</translation>
    </message>
    <message>
        <source>The person is not in the register: send the no-data-held letter.</source>
        <translation>The person is not in the register: send the no-data-held letter.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
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
    <message>
        <source>Prepare the answer first: nothing is ready to send.</source>
        <translation>Prepare the answer first: nothing is ready to send.</translation>
    </message>
    <message>
        <source>The request is already closed.</source>
        <translation>The request is already closed.</translation>
    </message>
    <message>
        <source>The answer is already prepared: send it and mark it sent.</source>
        <translation>The answer is already prepared: send it and mark it sent.</translation>
    </message>
    <message>
        <source>Proof of identity was asked for and has not arrived yet.</source>
        <translation>Proof of identity was asked for and has not arrived yet.</translation>
    </message>
    <message>
        <source>Correct the person&apos;s data first: no changed fields were found.</source>
        <translation>Correct the person&apos;s data first: no changed fields were found.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
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
    <message>
        <source>No requests match the search and filters.</source>
        <translation>No requests match the search and filters.</translation>
    </message>
    <message>
        <source>No open requests. Log a request that arrives with Log a request (Ctrl+N).</source>
        <translation>No open requests. Log a request that arrives with Log a request (Ctrl+N).</translation>
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
        <source>No.</source>
        <translation>No.</translation>
    </message>
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
    <message>
        <source>(erased person)</source>
        <translation>(erased person)</translation>
    </message>
</context>
<context>
    <name>RetentionRun</name>
    <message>
        <source>on legal hold</source>
        <translation>on legal hold</translation>
    </message>
    <message>
        <source>a request still open</source>
        <translation>a request still open</translation>
    </message>
    <message>
        <source>processing restricted (Art 18)</source>
        <translation>processing restricted (Art 18)</translation>
    </message>
    <message>
        <source>kept by another register&apos;s retention rule</source>
        <translation>kept by another register&apos;s retention rule</translation>
    </message>
</context>
<context>
    <name>RetentionRunDialog</name>
    <message>
        <source>Erase everyone past retention</source>
        <translation>Erase everyone past retention</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Reading the register…</translation>
    </message>
    <message>
        <source>People to erase:</source>
        <translation>People to erase:</translation>
    </message>
    <message>
        <source>Orders kept anonymised for bookkeeping:</source>
        <translation>Orders kept anonymised for bookkeeping:</translation>
    </message>
    <message>
        <source>Orders deleted:</source>
        <translation>Orders deleted:</translation>
    </message>
    <message>
        <source>Archived documents deleted:</source>
        <translation>Archived documents deleted:</translation>
    </message>
    <message>
        <source>Erasure cannot be undone. Each person is erased whole or not at all; Cancel stops between people. A report without names (Poistoajo) is archived as evidence.</source>
        <translation>Erasure cannot be undone. Each person is erased whole or not at all; Cancel stops between people. A report without names (Poistoajo) is archived as evidence.</translation>
    </message>
    <message>
        <source>&amp;Erase all…</source>
        <translation>&amp;Erase all…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Skipped, %1:</source>
        <translation>Skipped, %1:</translation>
    </message>
    <message>
        <source>Retention periods counted for %1.</source>
        <translation>Retention periods counted for %1.</translation>
    </message>
    <message>
        <source>%1: %2 years %3 (%4 people)</source>
        <translation>%1: %2 years %3 (%4 people)</translation>
    </message>
    <message>
        <source>Fill in the business&apos;s details first: the report names the business.</source>
        <translation>Fill in the business&apos;s details first: the report names the business.</translation>
    </message>
    <message>
        <source>&amp;Erase %1 people…</source>
        <translation>&amp;Erase %1 people…</translation>
    </message>
    <message>
        <source>Nobody can be erased now.</source>
        <translation>Nobody can be erased now.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Erase %1 people for good?</source>
        <translation>Erase %1 people for good?</translation>
    </message>
    <message>
        <source>Their customer data, consents, contacts and the orders bookkeeping no longer needs are deleted, and %1 orders are kept without them. This cannot be undone.</source>
        <translation>Their customer data, consents, contacts and the orders bookkeeping no longer needs are deleted, and %1 orders are kept without them. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>Stopping after the person being erased…</source>
        <translation>Stopping after the person being erased…</translation>
    </message>
    <message>
        <source>Erased %1 of %2.</source>
        <translation>Erased %1 of %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 people erased; the others were not touched.</source>
        <translation>Cancelled: %1 of %2 people erased; the others were not touched.</translation>
    </message>
    <message>
        <source>%1 of %2 people erased.</source>
        <translation>%1 of %2 people erased.</translation>
    </message>
    <message>
        <source>The report (Poistoajo) is in the document archive.</source>
        <translation>The report (Poistoajo) is in the document archive.</translation>
    </message>
    <message>
        <source>The erasure stopped on an error; see the log.</source>
        <translation>The erasure stopped on an error; see the log.</translation>
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
    <name>SecurityReview</name>
    <message>
        <source>A lost or stolen laptop</source>
        <translation>A lost or stolen laptop</translation>
    </message>
    <message>
        <source>Ransomware or another virus locks or destroys the files</source>
        <translation>Ransomware or another virus locks or destroys the files</translation>
    </message>
    <message>
        <source>The e-mail account is taken over by phishing</source>
        <translation>The e-mail account is taken over by phishing</translation>
    </message>
    <message>
        <source>Personal data sent to the wrong recipient</source>
        <translation>Personal data sent to the wrong recipient</translation>
    </message>
    <message>
        <source>Paper records seen, lost or thrown away unshredded</source>
        <translation>Paper records seen, lost or thrown away unshredded</translation>
    </message>
    <message>
        <source>A computer shared with family or others</source>
        <translation>A computer shared with family or others</translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation>Disk encryption</translation>
    </message>
    <message>
        <source>The register&apos;s own encryption</source>
        <translation>The register&apos;s own encryption</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Passwords and two-factor sign-in</source>
        <translation>Passwords and two-factor sign-in</translation>
    </message>
    <message>
        <source>Updates on time</source>
        <translation>Updates on time</translation>
    </message>
    <message>
        <source>A locked cabinet</source>
        <translation>A locked cabinet</translation>
    </message>
</context>
<context>
    <name>SecurityReviewDialog</name>
    <message>
        <source>Security review</source>
        <translation>Security review</translation>
    </message>
    <message>
        <source>Yearly security review (Art 32)</source>
        <translation>Yearly security review (Art 32)</translation>
    </message>
    <message>
        <source>Go through the risks that matter to a one-person business once a year: tick the measures in place against each, add others in your own words and judge the risk that remains. The review starts from the previous one&apos;s answers.</source>
        <translation>Go through the risks that matter to a one-person business once a year: tick the measures in place against each, add others in your own words and judge the risk that remains. The review starts from the previous one&apos;s answers.</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Reviewed &amp;on:</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Reviewed &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Next review by:</source>
        <translation>&amp;Next review by:</translation>
    </message>
    <message>
        <source>Registers covered:</source>
        <translation>Registers covered:</translation>
    </message>
    <message>
        <source>Where the bac&amp;kups are kept:</source>
        <translation>Where the bac&amp;kups are kept:</translation>
    </message>
    <message>
        <source>e.g. an external disk kept at home, weekly</source>
        <translation>e.g. an external disk kept at home, weekly</translation>
    </message>
    <message>
        <source>The register file is encrypted.</source>
        <translation>The register file is encrypted.</translation>
    </message>
    <message>
        <source>The register file is not encrypted: its own encryption cannot be counted as a measure (turn it on under Settings).</source>
        <translation>The register file is not encrypted: its own encryption cannot be counted as a measure (turn it on under Settings).</translation>
    </message>
    <message>
        <source>Risks and the measures in place</source>
        <translation>Risks and the measures in place</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Other measures</translation>
    </message>
    <message>
        <source>Other measures: %1</source>
        <translation>Other measures: %1</translation>
    </message>
    <message>
        <source>Residual risk:</source>
        <translation>Residual risk:</translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <translation>Residual risk: %1</translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message>
        <source>Sent &amp;as:</source>
        <translation>Sent &amp;as:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Reference (optional):</source>
        <translation>&amp;Reference (optional):</translation>
    </message>
    <message>
        <source>tracking number or the e-mail&apos;s subject</source>
        <translation>tracking number or the e-mail&apos;s subject</translation>
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
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Everything you record is kept in this folder on this computer, with the program&apos;s log files in its logs folder.</source>
        <translation>Everything you record is kept in this folder on this computer, with the program&apos;s log files in its logs folder.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every change is recorded, and the record can be checked for tampering.</source>
        <translation>Every change is recorded, and the record can be checked for tampering.</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
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
    <name>SigningMessages</name>
    <message>
        <source>The passphrase is wrong, or the file is not a PKCS#12 file (.p12, .pfx).</source>
        <translation>The passphrase is wrong, or the file is not a PKCS#12 file (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Enter the business name in the business profile first.</source>
        <translation>Enter the business name in the business profile first.</translation>
    </message>
    <message>
        <source>The business ID (Y-tunnus) %1 in the business profile is not valid.</source>
        <translation>The business ID (Y-tunnus) %1 in the business profile is not valid.</translation>
    </message>
    <message>
        <source>Enter a passphrase to protect the signing key.</source>
        <translation>Enter a passphrase to protect the signing key.</translation>
    </message>
    <message>
        <source>A signing identity already exists.</source>
        <translation>A signing identity already exists.</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>Could not read %1</translation>
    </message>
    <message>
        <source>The file must hold both a private key and its certificate.</source>
        <translation>The file must hold both a private key and its certificate.</translation>
    </message>
    <message>
        <source>The private key in the file does not belong to its certificate.</source>
        <translation>The private key in the file does not belong to its certificate.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>The certificate has expired.</translation>
    </message>
    <message>
        <source>The signing certificate has expired. Create or import a new signing identity.</source>
        <translation>The signing certificate has expired. Create or import a new signing identity.</translation>
    </message>
    <message>
        <source>The certificate is not meant for signing documents.</source>
        <translation>The certificate is not meant for signing documents.</translation>
    </message>
    <message>
        <source>There is no signing identity yet. Create or import one first.</source>
        <translation>There is no signing identity yet. Create or import one first.</translation>
    </message>
    <message>
        <source>The document could not be signed: %1</source>
        <translation>The document could not be signed: %1</translation>
    </message>
    <message>
        <source>The file is not a readable PDF document.</source>
        <translation>The file is not a readable PDF document.</translation>
    </message>
    <message>
        <source>The file begins like a PDF document but cannot be read: it is damaged or incomplete (for example cut short while it was copied or downloaded).</source>
        <translation>The file begins like a PDF document but cannot be read: it is damaged or incomplete (for example cut short while it was copied or downloaded).</translation>
    </message>
    <message>
        <source>The document has no digital signature.</source>
        <translation>The document has no digital signature.</translation>
    </message>
    <message>
        <source>The document has a signature, but its signature data is damaged and cannot be read.</source>
        <translation>The document has a signature, but its signature data is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The signature does not match the document: the signed content has been changed or the signature is damaged.</source>
        <translation>The signature does not match the document: the signed content has been changed or the signature is damaged.</translation>
    </message>
    <message>
        <source>The document has been changed after it was signed.</source>
        <translation>The document has been changed after it was signed.</translation>
    </message>
    <message>
        <source>The file has data after the end of the signed document that no signature covers.</source>
        <translation>The file has data after the end of the signed document that no signature covers.</translation>
    </message>
    <message>
        <source>The signature is valid, but the signer&apos;s certificate is self-signed, not issued by a certification authority.</source>
        <translation>The signature is valid, but the signer&apos;s certificate is self-signed, not issued by a certification authority.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is self-signed, not issued by a certification authority.</source>
        <translation>The signer&apos;s certificate is self-signed, not issued by a certification authority.</translation>
    </message>
    <message>
        <source>Not a PDF document</source>
        <translation>Not a PDF document</translation>
    </message>
    <message>
        <source>Damaged or incomplete PDF</source>
        <translation>Damaged or incomplete PDF</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>The signature is damaged</source>
        <translation>The signature is damaged</translation>
    </message>
    <message>
        <source>The signature is not valid</source>
        <translation>The signature is not valid</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file</source>
        <translation>The signature does not cover the whole file</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>The certificate has been revoked</translation>
    </message>
    <message>
        <source>Added after signing: a further signature. It does not change the signed document.</source>
        <translation>Added after signing: a further signature. It does not change the signed document.</translation>
    </message>
    <message>
        <source>Added after signing: data for checking the signature in the long term (DSS/LTV). It does not change the signed document.</source>
        <translation>Added after signing: data for checking the signature in the long term (DSS/LTV). It does not change the signed document.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate could not be traced to a trusted certification authority.</source>
        <translation>The signer&apos;s certificate could not be traced to a trusted certification authority.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>The signer&apos;s certificate has been revoked.</translation>
    </message>
    <message>
        <source>A signature could not be checked: %1</source>
        <translation>A signature could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Opening the register…

After an update of the program, a large register can take a few minutes to open. Please wait.</source>
        <translation>Opening the register…

After an update of the program, a large register can take a few minutes to open. Please wait.</translation>
    </message>
</context>
<context>
    <name>StartChecks</name>
    <message>
        <source>Checking the register after an unfinished session…</source>
        <translation>Checking the register after an unfinished session…</translation>
    </message>
    <message>
        <source>A backup made on closing failed its check: %1. The register will be checked in full at the next start.</source>
        <translation>A backup made on closing failed its check: %1. The register will be checked in full at the next start.</translation>
    </message>
    <message>
        <source>The register was checked: it is whole.</source>
        <translation>The register was checked: it is whole.</translation>
    </message>
    <message>
        <source>The backup on closing was not made: there is not enough disk space.</source>
        <translation>The backup on closing was not made: there is not enough disk space.</translation>
    </message>
    <message>
        <source>The register file is damaged. Nothing has been saved since the app started. Tietosuoja Desktop closes now; at the next start it offers to restore the latest good backup.</source>
        <translation>The register file is damaged. Nothing has been saved since the app started. Tietosuoja Desktop closes now; at the next start it offers to restore the latest good backup.</translation>
    </message>
</context>
<context>
    <name>StartNotice</name>
    <message>
        <source>Requests need attention</source>
        <translation>Requests need attention</translation>
    </message>
    <message>
        <source>Requests due within a week or overdue</source>
        <translation>Requests due within a week or overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue.</source>
        <translation>
            <numerusform>%n request overdue.</numerusform>
            <numerusform>%n requests overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) due within seven days.</source>
        <translation>
            <numerusform>%n request due within seven days.</numerusform>
            <numerusform>%n requests due within seven days.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open the request</source>
        <translation>&amp;Open the request</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <source>The file has no column of e-mail addresses, phone numbers or street addresses (headers such as email, phone, street_address and postal_code).</source>
        <translation>The file has no column of e-mail addresses, phone numbers or street addresses (headers such as email, phone, street_address and postal_code).</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
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
        <source>Café or restaurant</source>
        <translation>Café or restaurant</translation>
    </message>
    <message>
        <source>Hair and beauty</source>
        <translation>Hair and beauty</translation>
    </message>
    <message>
        <source>Builder or craftsman</source>
        <translation>Builder or craftsman</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <source>Consultant or freelancer</source>
        <translation>Consultant or freelancer</translation>
    </message>
    <message>
        <source>Employee register</source>
        <translation>Employee register</translation>
    </message>
    <message>
        <source>Job applicants</source>
        <translation>Job applicants</translation>
    </message>
    <message>
        <source>Orders, deliveries, returns, a newsletter and the shop&apos;s cookies.</source>
        <translation>Orders, deliveries, returns, a newsletter and the shop&apos;s cookies.</translation>
    </message>
    <message>
        <source>Appointments and client work, e.g. a music teacher, a dog groomer or a repair service.</source>
        <translation>Appointments and client work, e.g. a music teacher, a dog groomer or a repair service.</translation>
    </message>
    <message>
        <source>Table bookings, catering orders, allergy notes and a regulars&apos; club.</source>
        <translation>Table bookings, catering orders, allergy notes and a regulars&apos; club.</translation>
    </message>
    <message>
        <source>Appointments, treatment notes, allergies to products and gift cards.</source>
        <translation>Appointments, treatment notes, allergies to products and gift cards.</translation>
    </message>
    <message>
        <source>Quotes, contracts, work sites, household tax credit and warranty claims.</source>
        <translation>Quotes, contracts, work sites, household tax credit and warranty claims.</translation>
    </message>
    <message>
        <source>Shoots, image deliveries, portfolio permissions and the image archive.</source>
        <translation>Shoots, image deliveries, portfolio permissions and the image archive.</translation>
    </message>
    <message>
        <source>Client companies&apos; contact persons, assignments, invoicing and networking.</source>
        <translation>Client companies&apos; contact persons, assignments, invoicing and networking.</translation>
    </message>
    <message>
        <source>Your staff: pay, taxes, pensions, occupational health care and absences.</source>
        <translation>Your staff: pay, taxes, pensions, occupational health care and absences.</translation>
    </message>
    <message>
        <source>Applications for a job, kept for a year unless the applicant agrees longer.</source>
        <translation>Applications for a job, kept for a year unless the applicant agrees longer.</translation>
    </message>
    <message>
        <source>Members, membership fees and news for the members of a registered society.</source>
        <translation>Members, membership fees and news for the members of a registered society.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Deleted with the person&apos;s data (Art 17); it can no longer be opened.</source>
        <translation>Deleted with the person&apos;s data (Art 17); it can no longer be opened.</translation>
    </message>
    <message>
        <source>Kept in the register: double-click to open it.</source>
        <translation>Kept in the register: double-click to open it.</translation>
    </message>
    <message>
        <source>Not kept in the register; its SHA-256 fingerprint is %1.</source>
        <translation>Not kept in the register; its SHA-256 fingerprint is %1.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline of the request</source>
        <translation>Timeline of the request</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>ToldPanel</name>
    <message>
        <source>Told &amp;as:</source>
        <translation>Told &amp;as:</translation>
    </message>
    <message>
        <source>Told &amp;on:</source>
        <translation>Told &amp;on:</translation>
    </message>
</context>
<context>
    <name>UnprintableDialog</name>
    <message>
        <source>Characters the document cannot print</source>
        <translation>Characters the document cannot print</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the document&apos;s font. Fix the texts first, or make the document with the characters marked.</source>
        <translation>Some characters cannot be printed with the document&apos;s font. Fix the texts first, or make the document with the characters marked.</translation>
    </message>
    <message>
        <source>Make it anyway</source>
        <translation>Make it anyway</translation>
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
        <source>A name must contain at least one letter.</source>
        <translation>A name must contain at least one letter.</translation>
    </message>
    <message>
        <source>The name contains invisible characters that change the direction of the text; retype it without them.</source>
        <translation>The name contains invisible characters that change the direction of the text; retype it without them.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>The date cannot be before %1.</translation>
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
        <source>This answer does not fit the question.</source>
        <translation>This answer does not fit the question.</translation>
    </message>
    <message>
        <source>Describe the automated decisions or profiling: the logic and what follows for the person (Art 13(2)(f)).</source>
        <translation>Describe the automated decisions or profiling: the logic and what follows for the person (Art 13(2)(f)).</translation>
    </message>
    <message>
        <source>Say which data must be given, on what law or contract, and what follows if it is not given (Art 13(2)(e)).</source>
        <translation>Say which data must be given, on what law or contract, and what follows if it is not given (Art 13(2)(e)).</translation>
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
        <source>Describe the organisational measures, e.g. confidentiality undertakings, access only for those who need it, training.</source>
        <translation>Describe the organisational measures, e.g. confidentiality undertakings, access only for those who need it, training.</translation>
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
        <source>Name at least one register the review covers.</source>
        <translation>Name at least one register the review covers.</translation>
    </message>
    <message>
        <source>There is no register %1.</source>
        <translation>There is no register %1.</translation>
    </message>
    <message>
        <source>Go through this risk too.</source>
        <translation>Go through this risk too.</translation>
    </message>
    <message>
        <source>The risk %1 is reviewed twice.</source>
        <translation>The risk %1 is reviewed twice.</translation>
    </message>
    <message>
        <source>Choose the measures in place against this risk, or say why none is needed.</source>
        <translation>Choose the measures in place against this risk, or say why none is needed.</translation>
    </message>
    <message>
        <source>The register is not encrypted: turn encryption on in Settings, or do not count the app&apos;s encryption as a measure.</source>
        <translation>The register is not encrypted: turn encryption on in Settings, or do not count the app&apos;s encryption as a measure.</translation>
    </message>
    <message>
        <source>Say where the backups are kept.</source>
        <translation>Say where the backups are kept.</translation>
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation>The next review must come after this one.</translation>
    </message>
    <message>
        <source>Review security at least once a year: the next review is due by %1.</source>
        <translation>Review security at least once a year: the next review is due by %1.</translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation>The received date cannot be in the future.</translation>
    </message>
    <message>
        <source>Give the amount in euros with at most two decimals, e.g. 12,50.</source>
        <translation>Give the amount in euros with at most two decimals, e.g. 12,50.</translation>
    </message>
    <message>
        <source>The amount cannot exceed %1 euros.</source>
        <translation>The amount cannot exceed %1 euros.</translation>
    </message>
    <message>
        <source>The received date cannot be before %1: the GDPR, under which requests are made, applies from that day.</source>
        <translation>The received date cannot be before %1: the GDPR, under which requests are made, applies from that day.</translation>
    </message>
    <message>
        <source>Choose a customer or give the requester&apos;s name.</source>
        <translation>Choose a customer or give the requester&apos;s name.</translation>
    </message>
    <message>
        <source>Give a whole number from %1 to %2.</source>
        <translation>Give a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>Say why the identity is certain.</source>
        <translation>Say why the identity is certain.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Give the reason for the extension.</translation>
    </message>
    <message>
        <source>Choose how it was sent.</source>
        <translation>Choose how it was sent.</translation>
    </message>
    <message>
        <source>The sending date is in the future.</source>
        <translation>The sending date is in the future.</translation>
    </message>
    <message>
        <source>The sending date is before the request was received.</source>
        <translation>The sending date is before the request was received.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>Choose at least one: confidentiality, integrity or availability.</source>
        <translation>Choose at least one: confidentiality, integrity or availability.</translation>
    </message>
    <message>
        <source>The time of discovery cannot be in the future.</source>
        <translation>The time of discovery cannot be in the future.</translation>
    </message>
    <message>
        <source>Enter a number from 0 to %1.</source>
        <translation>Enter a number from 0 to %1.</translation>
    </message>
    <message>
        <source>The breach is assessed unlikely to result in a risk, so the authority is not told: record why (Art 33(5)).</source>
        <translation>The breach is assessed unlikely to result in a risk, so the authority is not told: record why (Art 33(5)).</translation>
    </message>
    <message>
        <source>The authority cannot have been notified before the breach was discovered.</source>
        <translation>The authority cannot have been notified before the breach was discovered.</translation>
    </message>
    <message>
        <source>The time of the notification cannot be in the future.</source>
        <translation>The time of the notification cannot be in the future.</translation>
    </message>
    <message>
        <source>The authority was notified more than 72 hours after discovery: give the reasons for the delay (Art 33(1)).</source>
        <translation>The authority was notified more than 72 hours after discovery: give the reasons for the delay (Art 33(1)).</translation>
    </message>
    <message>
        <source>People cannot have been informed before the breach was discovered.</source>
        <translation>People cannot have been informed before the breach was discovered.</translation>
    </message>
    <message>
        <source>The time people were informed cannot be in the future.</source>
        <translation>The time people were informed cannot be in the future.</translation>
    </message>
    <message>
        <source>Say how the people were informed, e.g. by letter or e-mail.</source>
        <translation>Say how the people were informed, e.g. by letter or e-mail.</translation>
    </message>
    <message>
        <source>Explain why the exception of Art 34(3) applies.</source>
        <translation>Explain why the exception of Art 34(3) applies.</translation>
    </message>
    <message>
        <source>The authority has not been notified. Record the notification, or assess the breach as unlikely to result in a risk, before closing it.</source>
        <translation>The authority has not been notified. Record the notification, or assess the breach as unlikely to result in a risk, before closing it.</translation>
    </message>
    <message>
        <source>The risk is high: record that the people affected were informed, or the exception of Art 34(3) that applies, before closing the breach.</source>
        <translation>The risk is high: record that the people affected were informed, or the exception of Art 34(3) that applies, before closing the breach.</translation>
    </message>
    <message>
        <source>transfers outside the EU/EEA</source>
        <translation>transfers outside the EU/EEA</translation>
    </message>
    <message>
        <source>Not yet answered: is data transferred outside the EU/EEA? The statement says nothing about transfers until you answer (Art 13(1)(f)).</source>
        <translation>Not yet answered: is data transferred outside the EU/EEA? The statement says nothing about transfers until you answer (Art 13(1)(f)).</translation>
    </message>
    <message>
        <source>whether the data must be given</source>
        <translation>whether the data must be given</translation>
    </message>
    <message>
        <source>Not yet answered: must people give their data (by law or contract)? The statement says nothing about it until you answer (Art 13(2)(e)).</source>
        <translation>Not yet answered: must people give their data (by law or contract)? The statement says nothing about it until you answer (Art 13(2)(e)).</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>automated decisions</translation>
    </message>
    <message>
        <source>Not yet answered: are decisions made automatically (Art 22)? The statement says nothing about it until you answer (Art 13(2)(f)).</source>
        <translation>Not yet answered: are decisions made automatically (Art 22)? The statement says nothing about it until you answer (Art 13(2)(f)).</translation>
    </message>
    <message>
        <source>profiling</source>
        <translation>profiling</translation>
    </message>
    <message>
        <source>Not yet answered: is the data used for profiling (e.g. ad targeting, analytics demographics)? The statement says nothing about it until you answer.</source>
        <translation>Not yet answered: is the data used for profiling (e.g. ad targeting, analytics demographics)? The statement says nothing about it until you answer.</translation>
    </message>
    <message>
        <source>Purpose %1 is not based on legitimate interests: only such a purpose has an assessment.</source>
        <translation>Purpose %1 is not based on legitimate interests: only such a purpose has an assessment.</translation>
    </message>
    <message>
        <source>The register has no purpose %1.</source>
        <translation>The register has no purpose %1.</translation>
    </message>
    <message>
        <source>An assessment under the GDPR cannot be dated before %1.</source>
        <translation>An assessment under the GDPR cannot be dated before %1.</translation>
    </message>
    <message>
        <source>A contract date cannot be before %1.</source>
        <translation>A contract date cannot be before %1.</translation>
    </message>
    <message>
        <source>The review date cannot be before the contract date.</source>
        <translation>The review date cannot be before the contract date.</translation>
    </message>
    <message>
        <source>A statement&apos;s date cannot be before %1.</source>
        <translation>A statement&apos;s date cannot be before %1.</translation>
    </message>
    <message>
        <source>A new version cannot be dated before version %1 (%2).</source>
        <translation>A new version cannot be dated before version %1 (%2).</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>The date is before the request was received.</source>
        <translation>The date is before the request was received.</translation>
    </message>
    <message>
        <source>Answer this question: yes or no.</source>
        <translation>Answer this question: yes or no.</translation>
    </message>
    <message>
        <source>The checklist has no question %1.</source>
        <translation>The checklist has no question %1.</translation>
    </message>
    <message>
        <source>Say why the answer is yes.</source>
        <translation>Say why the answer is yes.</translation>
    </message>
    <message>
        <source>The checklist&apos;s answers make a DPIA needed: it cannot be concluded otherwise.</source>
        <translation>The checklist&apos;s answers make a DPIA needed: it cannot be concluded otherwise.</translation>
    </message>
    <message>
        <source>Name at least one risk to the people.</source>
        <translation>Name at least one risk to the people.</translation>
    </message>
    <message>
        <source>The next review must come after the assessment.</source>
        <translation>The next review must come after the assessment.</translation>
    </message>
    <message>
        <source>A high residual risk needs the Data Protection Ombudsman consulted before processing (Art 36): the decision cannot be to proceed.</source>
        <translation>A high residual risk needs the Data Protection Ombudsman consulted before processing (Art 36): the decision cannot be to proceed.</translation>
    </message>
    <message>
        <source>Screen the register first: a DPIA is kept where the screening finds it needed.</source>
        <translation>Screen the register first: a DPIA is kept where the screening finds it needed.</translation>
    </message>
    <message>
        <source>The end date of a hold cannot be in the past.</source>
        <translation>The end date of a hold cannot be in the past.</translation>
    </message>
    <message>
        <source>Consent text version %1 is valid only from %2.</source>
        <translation>Consent text version %1 is valid only from %2.</translation>
    </message>
    <message>
        <source>A new version cannot be valid before version %1 (%2).</source>
        <translation>A new version cannot be valid before version %1 (%2).</translation>
    </message>
    <message>
        <source>Say why the answer is yes or no.</source>
        <translation>Say why the answer is yes or no.</translation>
    </message>
    <message>
        <source>A yes to an Art 37(1) question means a data protection officer is required.</source>
        <translation>A yes to an Art 37(1) question means a data protection officer is required.</translation>
    </message>
    <message>
        <source>No Art 37(1) question is answered yes: a data protection officer is not required (one may still be appointed voluntarily).</source>
        <translation>No Art 37(1) question is answered yes: a data protection officer is not required (one may still be appointed voluntarily).</translation>
    </message>
    <message>
        <source>Give the data protection officer&apos;s name and an e-mail address or phone number (Art 37(7)).</source>
        <translation>Give the data protection officer&apos;s name and an e-mail address or phone number (Art 37(7)).</translation>
    </message>
    <message>
        <source>The business details name a data protection officer: conclude that one was appointed voluntarily, or remove the name.</source>
        <translation>The business details name a data protection officer: conclude that one was appointed voluntarily, or remove the name.</translation>
    </message>
    <message>
        <source>Access cannot end before it begins.</source>
        <translation>Access cannot end before it begins.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Valid signature</translation>
    </message>
    <message>
        <source>Valid, but the certificate is self-signed</source>
        <translation>Valid, but the certificate is self-signed</translation>
    </message>
    <message>
        <source>Valid, but the signer is not verified</source>
        <translation>Valid, but the signer is not verified</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>The document has not been changed since it was signed.</source>
        <translation>The document has not been changed since it was signed.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Check a signature</source>
        <translation>Check a signature</translation>
    </message>
    <message>
        <source>Check a digital signature</source>
        <translation>Check a digital signature</translation>
    </message>
    <message>
        <source>Open a PDF to see whether its digital signature is valid, who signed it and when, and whether the document was changed after it was signed.</source>
        <translation>Open a PDF to see whether its digital signature is valid, who signed it and when, and whether the document was changed after it was signed.</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Open PDF…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Business ID:</source>
        <translation>Business ID:</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Signed at:</translation>
    </message>
    <message>
        <source>Unchanged since signing:</source>
        <translation>Unchanged since signing:</translation>
    </message>
</context>
</TS>
