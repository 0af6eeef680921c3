<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClaimFormat</name>
    <message>
        <source>Approve reshipment</source>
        <translation>Approve reshipment</translation>
    </message>
    <message>
        <source>Confirm returned goods</source>
        <translation>Confirm returned goods</translation>
    </message>
    <message>
        <source>Approve exchange</source>
        <translation>Approve exchange</translation>
    </message>
    <message>
        <source>Confirm return and refund</source>
        <translation>Confirm return and refund</translation>
    </message>
    <message>
        <source>Approve return</source>
        <translation>Approve return</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>Approve refund</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message>
        <source>Waiting to be sent to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::Policy</name>
    <message>
        <source>Policy file is not a JSON object (offset %1: %2).</source>
        <translation>Policy file is not a JSON object (offset %1: %2).</translation>
    </message>
    <message>
        <source>Policy key &quot;%1&quot; must be a number of hours between 0 and 87600.</source>
        <translation>Policy key &quot;%1&quot; must be a number of hours between 0 and 87600.</translation>
    </message>
    <message>
        <source>Policy key &quot;%1&quot; must be a whole number of fen, 0 or more.</source>
        <translation>Policy key &quot;%1&quot; must be a whole number of fen, 0 or more.</translation>
    </message>
    <message>
        <source>Policy key &quot;%1&quot; must be a list of category names.</source>
        <translation>Policy key &quot;%1&quot; must be a list of category names.</translation>
    </message>
    <message>
        <source>Unknown policy key &quot;%1&quot;.</source>
        <translation>Unknown policy key &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the policy file %1.</source>
        <translation>Cannot read the policy file %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>aftersales::PostgresStorage</name>
    <message>
        <source>the kept count of type %1 in status %2 is %3, but %4 claims are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer version of the workbench (schema %2, this program knows %3). Update the program; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 needs to be set up or upgraded, but it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty, and the role %2 may not set it up. Its owner sets it up once with: aftersales --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade to schema %2, which only its owner may make: aftersales --db %1 init, as the owner. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the database %1 failed and was undone; nothing was changed. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed: Qt&apos;s PostgreSQL driver (QPSQL) was not found. Install the package libqt6sql6-psql and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1); nothing was written: the server undoes whatever was not committed. Check the server and the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other agents changed the same claims at the same moment, again and again; nothing was written. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another agent or program has held a lock for too long. Nothing was written; try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not do this on the database %2 (%3). The database&apos;s owner gives an agent&apos;s rights with: aftersales --db %2 team grant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: nothing was written. Ask its administrator. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server is out of resources: nothing was written. Try again later. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server reported an error; nothing was written. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login of role %1 to %2: the password is wrong or missing. The password comes only from PGPASSWORD or the password file (~/.pgpass, or the file PGPASSFILE names), never from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server; its administrator creates it (createdb) before the first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 does not exist on the server %2; its administrator creates it (createuser).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not accept role %2 from this computer (pg_hba.conf): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no connection to spare; try again later. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server for %1 (%2). Check the address, the network, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost while the change was being committed; reload to see whether it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown order %1.</source>
        <translation type="unfinished">Unknown order %1.</translation>
    </message>
    <message>
        <source>Unknown claim %1.</source>
        <translation type="unfinished">Unknown claim %1.</translation>
    </message>
    <message>
        <source>Order %1 already exists.</source>
        <translation type="unfinished">Order %1 already exists.</translation>
    </message>
    <message>
        <source>A claim with id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; nothing was written. Reload it and try again.</source>
        <translation type="unfinished">Claim %1 was changed elsewhere in the meantime; nothing was written. Reload it and try again.</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner (%1) may give or take an agent&apos;s rights; %2 is not. Run it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role %1 on the server: create it first (createuser %1), then grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 cannot log in: an agent is a login role (createuser %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role %1 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by other agents cannot be followed: the server did not accept LISTEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims changed elsewhere while they were locked; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim id is left for claims made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued action %1 was changed by another process in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which shop the team&apos;s database %1 syncs with is for its owner to set: the owner runs &apos;aftersales platform connect&apos; (or Connect to shop…) once; nothing was changed. An agent connects to that same shop to keep the app secret on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::SqliteStorage</name>
    <message>
        <source>integrity check: %1</source>
        <translation type="unfinished">integrity check: %1</translation>
    </message>
    <message>
        <source>a row of %1 (rowid %2) points to a missing row of %3</source>
        <translation type="unfinished">a row of %1 (rowid %2) points to a missing row of %3</translation>
    </message>
    <message>
        <source>The database was written by a newer version of the workbench (schema %1, this program knows %2). Update the program; the file was not changed.</source>
        <translation type="unfinished">The database was written by a newer version of the workbench (schema %1, this program knows %2). Update the program; the file was not changed.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished">Cannot read the schema version of %1.</translation>
    </message>
    <message>
        <source>The database needs an upgrade but is open read-only.</source>
        <translation type="unfinished">The database needs an upgrade but is open read-only.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but it could not be backed up first, so it was not changed: %1</source>
        <translation type="unfinished">The database needs an upgrade, but it could not be backed up first, so it was not changed: %1</translation>
    </message>
    <message>
        <source>The upgrade of the database failed and was undone; the file is as it was. (%1)</source>
        <translation type="unfinished">The upgrade of the database failed and was undone; the file is as it was. (%1)</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging (journal mode %1).</source>
        <translation type="unfinished">The database could not switch to write-ahead logging (journal mode %1).</translation>
    </message>
    <message>
        <source>The database is busy: another program has held it locked for too long. Nothing was written; try again. (%1)</source>
        <translation type="unfinished">The database is busy: another program has held it locked for too long. Nothing was written; try again. (%1)</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was written. Check the file&apos;s permissions. (%1)</source>
        <translation type="unfinished">The database is read-only: nothing was written. Check the file&apos;s permissions. (%1)</translation>
    </message>
    <message>
        <source>The disk or the database is full: nothing was written. Free some space and try again. (%1)</source>
        <translation type="unfinished">The disk or the database is full: nothing was written. Free some space and try again. (%1)</translation>
    </message>
    <message>
        <source>The file is not a valid workbench database or is damaged; restore it from a backup. (%1)</source>
        <translation type="unfinished">The file is not a valid workbench database or is damaged; restore it from a backup. (%1)</translation>
    </message>
    <message>
        <source>The database reported an error; nothing was written. (%1)</source>
        <translation type="unfinished">The database reported an error; nothing was written. (%1)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished">Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished">The database %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished">Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Order %1 already exists.</source>
        <translation type="unfinished">Order %1 already exists.</translation>
    </message>
    <message>
        <source>Unknown order %1.</source>
        <translation type="unfinished">Unknown order %1.</translation>
    </message>
    <message>
        <source>Unknown claim %1.</source>
        <translation type="unfinished">Unknown claim %1.</translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; nothing was written. Reload it and try again.</source>
        <translation type="unfinished">Claim %1 was changed elsewhere in the meantime; nothing was written. Reload it and try again.</translation>
    </message>
    <message>
        <source>No claim id is left for claims made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued action %1 was changed by another process in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is loading claims into this database in bulk; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::Storage</name>
    <message>
        <source>This database does not support that operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::Workbench</name>
    <message>
        <source>The clock (%1) is behind the newest event in the database (%2); refusing to use it.</source>
        <translation>The clock (%1) is behind the newest event in the database (%2); refusing to use it.</translation>
    </message>
    <message>
        <source>An order needs an order id.</source>
        <translation>An order needs an order id.</translation>
    </message>
    <message>
        <source>An order needs a category.</source>
        <translation>An order needs a category.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>Unknown carrier code &quot;%1&quot;.</source>
        <translation>Unknown carrier code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 tracking number.</source>
        <translation>&quot;%1&quot; is not a valid %2 tracking number.</translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; it has been reloaded. Check it and try again.</source>
        <translation>Claim %1 was changed elsewhere in the meantime; it has been reloaded. Check it and try again.</translation>
    </message>
    <message>
        <source>The tracking number is already used by claim %1.</source>
        <translation>The tracking number is already used by claim %1.</translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime.</source>
        <translation>Claim %1 was changed elsewhere in the meantime.</translation>
    </message>
    <message>
        <source>A flag is a number from 0 (none) to 5 (red).</source>
        <translation>A flag is a number from 0 (none) to 5 (red).</translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; nothing was shipped.</source>
        <translation>Claim %1 was changed elsewhere in the meantime; nothing was shipped.</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>Claim %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; no tracking number was saved.</source>
        <translation>Cancelled; no tracking number was saved.</translation>
    </message>
    <message>
        <source>A claim from the platform needs its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from the platform</source>
        <translation type="unfinished">imported from the platform</translation>
    </message>
    <message>
        <source>Claim %1 lives on the platform: the buyer&apos;s moves and the platform&apos;s decisions happen there, and a sync brings them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no queued action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued action %1 is no longer waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued action %1 was settled in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: an earlier action on this claim (%1) was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 has no refused action waiting to be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an agent of this database: its owner gives a login role an agent&apos;s rights with &quot;aftersales team grant %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::backup</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 already exists; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>Cannot create the folder %1 for the backup.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>The backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>Cannot move the backup into place at %1.</translation>
    </message>
    <message>
        <source>This database cannot be backed up by the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::claimtext</name>
    <message>
        <source>In %1: late-shipment penalty, %2 compensation and an automatic full refund of %3</source>
        <translation type="unfinished">In %1: late-shipment penalty, %2 compensation and an automatic full refund of %3</translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty and an automatic full refund of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty and %2 compensation to the buyer</source>
        <translation type="unfinished">In %1: late-shipment penalty and %2 compensation to the buyer</translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty (compensation already paid); the buyer may then escalate</source>
        <translation type="unfinished">In %1: late-shipment penalty (compensation already paid); the buyer may then escalate</translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty; the buyer may then escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished">overdue %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished">%1 left</translation>
    </message>
    <message>
        <source>No deadline: the platform decides.</source>
        <translation type="unfinished">No deadline: the platform decides.</translation>
    </message>
    <message>
        <source>No deadline: waiting for the buyer to confirm receipt.</source>
        <translation type="unfinished">No deadline: waiting for the buyer to confirm receipt.</translation>
    </message>
    <message>
        <source>No deadline: this claim is finished.</source>
        <translation type="unfinished">No deadline: this claim is finished.</translation>
    </message>
    <message>
        <source>The deadline has passed; the automatic step is being applied.</source>
        <translation type="unfinished">The deadline has passed; the automatic step is being applied.</translation>
    </message>
    <message>
        <source>Approves automatically in %1</source>
        <translation type="unfinished">Approves automatically in %1</translation>
    </message>
    <message>
        <source>Return confirmed automatically in %1</source>
        <translation type="unfinished">Return confirmed automatically in %1</translation>
    </message>
    <message>
        <source>Refunds automatically in %1</source>
        <translation type="unfinished">Refunds automatically in %1</translation>
    </message>
    <message>
        <source>Closes in %1 unless the buyer ships the goods back</source>
        <translation type="unfinished">Closes in %1 unless the buyer ships the goods back</translation>
    </message>
    <message>
        <source>Closes in %1 unless the buyer modifies the application or escalates</source>
        <translation type="unfinished">Closes in %1 unless the buyer modifies the application or escalates</translation>
    </message>
    <message>
        <source>Next automatic step in %1</source>
        <translation type="unfinished">Next automatic step in %1</translation>
    </message>
    <message>
        <source>Claim %1 · %2 · %3</source>
        <translation type="unfinished">Claim %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished">Order</translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished">Product</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished">Buyer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Amount</translation>
    </message>
    <message>
        <source>Buyer&apos;s reason</source>
        <translation type="unfinished">Buyer&apos;s reason</translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation type="unfinished">Buyer&apos;s note</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished">Applied</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">Deadline</translation>
    </message>
    <message>
        <source>Original shipment</source>
        <translation type="unfinished">Original shipment</translation>
    </message>
    <message>
        <source>not shipped</source>
        <translation type="unfinished">not shipped</translation>
    </message>
    <message>
        <source>Buyer&apos;s return</source>
        <translation type="unfinished">Buyer&apos;s return</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished">Replacement</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished">Refunded</translation>
    </message>
    <message>
        <source>Compensation paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished">Remark</translation>
    </message>
    <message>
        <source>compensation %1</source>
        <translation type="unfinished">compensation %1</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation type="unfinished">refund %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">History</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished">Platform</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::cli</name>
    <message>
        <source>Claim %1: %2</source>
        <translation>Claim %1: %2</translation>
    </message>
    <message>
        <source>--carrier and --tracking are required.</source>
        <translation>--carrier and --tracking are required.</translation>
    </message>
    <message>
        <source>Give exactly one claim id.</source>
        <translation>Give exactly one claim id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim id.</source>
        <translation>&quot;%1&quot; is not a claim id.</translation>
    </message>
    <message>
        <source>--order is required.</source>
        <translation>--order is required.</translation>
    </message>
    <message>
        <source>Unknown claim type &quot;%1&quot;.</source>
        <translation>Unknown claim type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;.</source>
        <translation>Unknown reason &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give at least one claim id.</source>
        <translation>Give at least one claim id.</translation>
    </message>
    <message>
        <source>claim %1: %2</source>
        <translation>claim %1: %2</translation>
    </message>
    <message>
        <source>--reason-code is required.</source>
        <translation>--reason-code is required.</translation>
    </message>
    <message>
        <source>Unknown reject reason code &quot;%1&quot;.</source>
        <translation>Unknown reject reason code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--for must be buyer or merchant.</source>
        <translation>--for must be buyer or merchant.</translation>
    </message>
    <message>
        <source>
&apos;aftersales COMMAND --help&apos; describes a command. Exit codes: 0 done, 1 refused by a rule,
2 bad usage or input, 3 storage error or conflict.
</source>
        <translation>
&apos;aftersales COMMAND --help&apos; describes a command. Exit codes: 0 done, 1 refused by a rule,
2 bad usage or input, 3 storage error or conflict.
</translation>
    </message>
    <message>
        <source>Usage: aftersales [global options] %1 %2

%3
</source>
        <translation>Usage: aftersales [global options] %1 %2

%3
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Options:
</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Try &apos;aftersales --help&apos;.</source>
        <translation>Try &apos;aftersales --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Try &apos;aftersales %1 --help&apos;.</source>
        <translation>Try &apos;aftersales %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO 8601 time with an offset, such as 2026-11-26T10:00:00+08:00.</source>
        <translation>--now &quot;%1&quot; is not an ISO 8601 time with an offset, such as 2026-11-26T10:00:00+08:00.</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>The policy file %1 does not exist.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not an ISO 8601 time with an offset.</source>
        <translation>--%1 &quot;%2&quot; is not an ISO 8601 time with an offset.</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Database ready: %1</translation>
    </message>
    <message>
        <source>%1 demo claims added to %2</source>
        <translation>%1 demo claims added to %2</translation>
    </message>
    <message>
        <source>--order, --category and --amount are required.</source>
        <translation>--order, --category and --amount are required.</translation>
    </message>
    <message>
        <source>--tracking and --carrier go together.</source>
        <translation>--tracking and --carrier go together.</translation>
    </message>
    <message>
        <source>An order cannot be received before it ships.</source>
        <translation>An order cannot be received before it ships.</translation>
    </message>
    <message>
        <source>Order %1 recorded.</source>
        <translation>Order %1 recorded.</translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation>Give one file to import.</translation>
    </message>
    <message>
        <source>%1 claims imported.</source>
        <translation>%1 claims imported.</translation>
    </message>
    <message>
        <source>Give one file to export to.</source>
        <translation>Give one file to export to.</translation>
    </message>
    <message>
        <source>%1 claims exported.</source>
        <translation>%1 claims exported.</translation>
    </message>
    <message>
        <source>Unknown quick filter &quot;%1&quot;.</source>
        <translation>Unknown quick filter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unknown status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 0 or more.</source>
        <translation>--limit must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>%1 of %2 claims</source>
        <translation>%1 of %2 claims</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>%1 automatic steps applied.</source>
        <translation>%1 automatic steps applied.</translation>
    </message>
    <message>
        <source>A note for the audit trail.</source>
        <translation>A note for the audit trail.</translation>
    </message>
    <message>
        <source>The order id.</source>
        <translation>The order id.</translation>
    </message>
    <message>
        <source>return_refund, refund_shipped, refund_unshipped, exchange or reship.</source>
        <translation>return_refund, refund_shipped, refund_unshipped, exchange or reship.</translation>
    </message>
    <message>
        <source>never_received, missing_items, other (reship); quality_issue, wrong_item, not_as_described, no_longer_needed, missing_items, other (other types).</source>
        <translation>never_received, missing_items, other (reship); quality_issue, wrong_item, not_as_described, no_longer_needed, missing_items, other (other types).</translation>
    </message>
    <message>
        <source>The buyer&apos;s note.</source>
        <translation>The buyer&apos;s note.</translation>
    </message>
    <message>
        <source>agreed_with_buyer, out_of_stock, delivered or other.</source>
        <translation>agreed_with_buyer, out_of_stock, delivered or other.</translation>
    </message>
    <message>
        <source>A note to the buyer.</source>
        <translation>A note to the buyer.</translation>
    </message>
    <message>
        <source>The carrier code, e.g. shunfeng.</source>
        <translation>The carrier code, e.g. shunfeng.</translation>
    </message>
    <message>
        <source>The tracking number.</source>
        <translation>The tracking number.</translation>
    </message>
    <message>
        <source>The remark (empty clears it).</source>
        <translation>The remark (empty clears it).</translation>
    </message>
    <message>
        <source>The carrier code.</source>
        <translation>The carrier code.</translation>
    </message>
    <message>
        <source>buyer or merchant.</source>
        <translation>buyer or merchant.</translation>
    </message>
    <message>
        <source>The decision&apos;s note.</source>
        <translation>The decision&apos;s note.</translation>
    </message>
    <message>
        <source>How many claims (default 200).</source>
        <translation>How many claims (default 200).</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>The random seed (default 1).</translation>
    </message>
    <message>
        <source>The product category, e.g. smart_home.</source>
        <translation>The product category, e.g. smart_home.</translation>
    </message>
    <message>
        <source>The amount paid, in fen.</source>
        <translation>The amount paid, in fen.</translation>
    </message>
    <message>
        <source>The original shipment&apos;s tracking number.</source>
        <translation>The original shipment&apos;s tracking number.</translation>
    </message>
    <message>
        <source>The original shipment&apos;s carrier code.</source>
        <translation>The original shipment&apos;s carrier code.</translation>
    </message>
    <message>
        <source>When it shipped (default: now, when a tracking number is given).</source>
        <translation>When it shipped (default: now, when a tracking number is given).</translation>
    </message>
    <message>
        <source>When the buyer confirmed receipt.</source>
        <translation>When the buyer confirmed receipt.</translation>
    </message>
    <message>
        <source>The buyer&apos;s nickname.</source>
        <translation>The buyer&apos;s nickname.</translation>
    </message>
    <message>
        <source>The product title.</source>
        <translation>The product title.</translation>
    </message>
    <message>
        <source>Only this claim type.</source>
        <translation>Only this claim type.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Only this status.</translation>
    </message>
    <message>
        <source>Order id prefix, claim id, buyer, product or tracking number.</source>
        <translation>Order id prefix, claim id, buyer, product or tracking number.</translation>
    </message>
    <message>
        <source>At most N claims (default 50; 0 for all).</source>
        <translation>At most N claims (default 50; 0 for all).</translation>
    </message>
    <message>
        <source>The database is consistent: the file is intact and every claim&apos;s audit trail matches its state.</source>
        <translation>The database is consistent: the file is intact and every claim&apos;s audit trail matches its state.</translation>
    </message>
    <message>
        <source>%1 problems found. Restore the newest good backup (see the README, &quot;Backups and restore&quot;) or send the file to support.</source>
        <translation>%1 problems found. Restore the newest good backup (see the README, &quot;Backups and restore&quot;) or send the file to support.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>The database %1 is read-only, and &quot;%2&quot; would change it: nothing was done. Make the file and its folder writable (chmod u+w) or work on a copy; list, show, export, check and backup still read it.</source>
        <translation>The database %1 is read-only, and &quot;%2&quot; would change it: nothing was done. Make the file and its folder writable (chmod u+w) or work on a copy; list, show, export, check and backup still read it.</translation>
    </message>
    <message>
        <source>warning: the database is read-only; %1 claims have automatic steps due that could not be applied, so they are shown as last saved.</source>
        <translation>warning: the database is read-only; %1 claims have automatic steps due that could not be applied, so they are shown as last saved.</translation>
    </message>
    <message>
        <source>warning: no backup was taken: %1</source>
        <translation>warning: no backup was taken: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Write the backup to this file (it must not exist).</source>
        <translation>Write the backup to this file (it must not exist).</translation>
    </message>
    <message>
        <source>Give either a claim id or --from FILE, not both.</source>
        <translation>Give either a claim id or --from FILE, not both.</translation>
    </message>
    <message>
        <source>--carrier and --tracking come from the file with --from.</source>
        <translation>--carrier and --tracking come from the file with --from.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be shipped; nothing was saved. Fix them, or add --skip-bad to ship the good rows only.</source>
        <translation>%1 of %2 rows cannot be shipped; nothing was saved. Fix them, or add --skip-bad to ship the good rows only.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows can be shipped; nothing was saved.</source>
        <translation>Dry run: %1 of %2 rows can be shipped; nothing was saved.</translation>
    </message>
    <message>
        <source>%1 claims shipped; %2 rows skipped.</source>
        <translation>%1 claims shipped; %2 rows skipped.</translation>
    </message>
    <message>
        <source>A CSV (UTF-8 or GB18030) with columns 售后单号 or 订单号, 快递公司, 物流单号: all rows in one transaction.</source>
        <translation>A CSV (UTF-8 or GB18030) with columns 售后单号 or 订单号, 快递公司, 物流单号: all rows in one transaction.</translation>
    </message>
    <message>
        <source>With --from: ship the good rows, skip the bad ones.</source>
        <translation>With --from: ship the good rows, skip the bad ones.</translation>
    </message>
    <message>
        <source>With --from: only check the file.</source>
        <translation>With --from: only check the file.</translation>
    </message>
    <message>
        <source>--skip-bad and --dry-run go with --from.</source>
        <translation>--skip-bad and --dry-run go with --from.</translation>
    </message>
    <message>
        <source>0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red.</source>
        <translation>0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red.</translation>
    </message>
    <message>
        <source>--set must be a flag from 0 (none) to 5 (red).</source>
        <translation>--set must be a flag from 0 (none) to 5 (red).</translation>
    </message>
    <message>
        <source>Only claims with this flag: 0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red.</source>
        <translation>Only claims with this flag: 0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red.</translation>
    </message>
    <message>
        <source>--flag must be a number from 0 (none) to 5 (red).</source>
        <translation>--flag must be a number from 0 (none) to 5 (red).</translation>
    </message>
    <message>
        <source>Write the claim and its timeline as UTF-8 text to FILE.</source>
        <translation>Write the claim and its timeline as UTF-8 text to FILE.</translation>
    </message>
    <message>
        <source>Claim %1&apos;s timeline written to %2.</source>
        <translation>Claim %1&apos;s timeline written to %2.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is neither an ISO 8601 time with an offset (such as 2026-11-26T10:00:00+08:00) nor a date (2026-11-26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s start (%1) must come before its end (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report from %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims applied for: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time: reviews %1 (%2 of %3), shipments %4 (%5 of %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost to deadlines: compensations %1, automatic refunds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: an ISO 8601 time with an offset, or a date (its midnight in your time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (not included): an ISO 8601 time, or a date (the whole day included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 changed claims, sent %2 actions; %3 waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not connected to a shop: run &apos;aftersales platform connect&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--app-key and --shop-id are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop: %1 (shop id %2, app key %3) at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions refused by the platform, not seen yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;aftersales platform ack ID&apos; marks a claim&apos;s refusals as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: the platform&apos;s refusal is marked as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval goes with --watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-used app&apos;s app key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s address (default https://openapi-fxg.jinritemai.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every --interval seconds until Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between rounds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims whose actions are sent at once (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all, pending_review, exchange_reship_pending, awaiting_shipment, due_soon, overdue, platform, sync_failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: aftersales [--db PATH|URI] [--now TIME] [--operator NAME] [--json] COMMAND ...

The after-sales workbench on the command line: Douyin shop claims, their deadlines
and the platform&apos;s rules, over the same database as the desktop workbench.

Global options (before the command):
  --db PATH|URI      the database file (default: %1), or a team&apos;s PostgreSQL
                     database: postgresql://ROLE@HOST[:PORT]/DATABASE (the password
                     from PGPASSWORD or ~/.pgpass, never in the address)
  --now TIME         the clock, ISO 8601 with offset (default: the system clock)
  --operator NAME    who acts, written into the audit trail (default: the login name;
                     on PostgreSQL always the role logged in)
  --policy FILE      policy overrides (default: %2 when it exists)
  --json             machine-readable output on stdout
  --help, --version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: on a PostgreSQL database the audit trail records the role logged in (%1); --operator %2 is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: the workbench takes no backups of it. The server&apos;s own backups apply (pg_dump, or its base backups and archived write-ahead log); ask the database&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is required: the address of an empty database, e.g. postgresql://ROLE@HOST/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy must go to another database than --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the claims assigned to NAME; nobody: unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --mine or --assignee, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assignee needs a name, or nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --watch: seconds between rounds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: %2 at %3 (%4 → %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.05 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this process now runs the team&apos;s automatic steps (it holds the team lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team lock was lost; another process runs the automatic steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team commands work on a team&apos;s PostgreSQL database (--db postgresql://ROLE@HOST/DATABASE); a database file is one merchant&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is required: a name, me, or nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a name, me, or nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: assigned to nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: assigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an agent of %2: it reads every claim, acts through the rules and adds events, but never changes or removes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an agent of %2; what it did stays in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders, %2 claims, %3 events and %4 platform actions copied to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is consistent: every claim&apos;s audit trail matches its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems found. Ask the server&apos;s administrator to restore the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::cli::output</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::consistency</name>
    <message>
        <source>an event belongs to a claim that does not exist</source>
        <translation>an event belongs to a claim that does not exist</translation>
    </message>
    <message>
        <source>the first event is &quot;%1&quot;, not the application or an import</source>
        <translation>the first event is &quot;%1&quot;, not the application or an import</translation>
    </message>
    <message>
        <source>event %1 (%2) starts at %3 but the one before ended at %4</source>
        <translation>event %1 (%2) starts at %3 but the one before ended at %4</translation>
    </message>
    <message>
        <source>event %1 (%2) is older than the one before it</source>
        <translation>event %1 (%2) is older than the one before it</translation>
    </message>
    <message>
        <source>the claim has no events</source>
        <translation>the claim has no events</translation>
    </message>
    <message>
        <source>the claim is %1 but its last event ends at %2</source>
        <translation>the claim is %1 but its last event ends at %2</translation>
    </message>
    <message>
        <source>the late-shipment compensation was paid %1 times</source>
        <translation>the late-shipment compensation was paid %1 times</translation>
    </message>
    <message>
        <source>the claim records %1 fen of compensation but its events pay %2</source>
        <translation>the claim records %1 fen of compensation but its events pay %2</translation>
    </message>
    <message>
        <source>This database cannot be checked by the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::databasecopy</name>
    <message>
        <source>%1 already holds orders or claims: a copy goes only into an empty database, so that nothing is mixed or overwritten. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy cancelled; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected to a shop on the platform, and %2 does not keep the platform sync: the claims&apos; platform state and the actions waiting to be sent would be lost. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected to another shop (%2) than %3 (%4). Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished">Claim</translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished">Order</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished">Applied</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">Deadline</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished">Buyer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished">Product</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished">Carrier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished">Tracking number</translation>
    </message>
    <message>
        <source>Refunded (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">Flag</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished">Remark</translation>
    </message>
</context>
<context>
    <name>aftersales::importer</name>
    <message>
        <source>text longer than %1 characters</source>
        <translation>text longer than %1 characters</translation>
    </message>
    <message>
        <source>missing or not a positive whole number</source>
        <translation>missing or not a positive whole number</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>missing or not a known type code (0, 1, 2, 3, 7)</source>
        <translation>missing or not a known type code (0, 1, 2, 3, 7)</translation>
    </message>
    <message>
        <source>not a known status code</source>
        <translation>not a known status code</translation>
    </message>
    <message>
        <source>not a reason this claim type takes</source>
        <translation>not a reason this claim type takes</translation>
    </message>
    <message>
        <source>missing or not a time</source>
        <translation>missing or not a time</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in the future</translation>
    </message>
    <message>
        <source>not a time, or in the future</source>
        <translation>not a time, or in the future</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>not a time</translation>
    </message>
    <message>
        <source>not a whole number, 0 or more</source>
        <translation>not a whole number, 0 or more</translation>
    </message>
    <message>
        <source>must be 0 to 5</source>
        <translation>must be 0 to 5</translation>
    </message>
    <message>
        <source>does not fit the carrier&apos;s format</source>
        <translation>does not fit the carrier&apos;s format</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2.</source>
        <translation>Not valid JSON at byte %1: %2.</translation>
    </message>
    <message>
        <source>Expected a list of claims, {&quot;items&quot;: [...]} or {&quot;data&quot;: {&quot;items&quot;: [...]}}.</source>
        <translation>Expected a list of claims, {&quot;items&quot;: [...]} or {&quot;data&quot;: {&quot;items&quot;: [...]}}.</translation>
    </message>
    <message>
        <source>Item %1 is not an object.</source>
        <translation>Item %1 is not an object.</translation>
    </message>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3.</source>
        <translation>Item %1, field &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>Item %1, field &quot;aftersale_id&quot;: %2 appears twice in the file.</source>
        <translation>Item %1, field &quot;aftersale_id&quot;: %2 appears twice in the file.</translation>
    </message>
    <message>
        <source>Item %1, field &quot;tracking_no&quot;: used twice in the file.</source>
        <translation>Item %1, field &quot;tracking_no&quot;: used twice in the file.</translation>
    </message>
    <message>
        <source>Item %1, field &quot;aftersale_id&quot;: claim %2 already exists.</source>
        <translation>Item %1, field &quot;aftersale_id&quot;: claim %2 already exists.</translation>
    </message>
    <message>
        <source>Item %1, field &quot;tracking_no&quot;: already used by claim %2.</source>
        <translation>Item %1, field &quot;tracking_no&quot;: already used by claim %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB.</source>
        <translation>%1 is larger than 256 MB.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>aftersales::platform</name>
    <message>
        <source>no app secret: %1 is not set and %2; set the variable, or connect on a desktop with a keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no app secret: %1 is not set and the keyring holds none for this app key; connect to the shop again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s host name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform closed the connection before the whole answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after the request was sent, before any answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished">missing</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::HttpTry</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::OutboxLane</name>
    <message>
        <source>claim %1: the rejection waits for the platform&apos;s list of reject reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the platform&apos;s list of reject reasons has no match for %1 and no 其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the claim changed on the platform before this action was sent (now status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform refused the action: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afterSale.Detail: claim %1&apos;s update_time %2 is older than the %3 the action was sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was lost, and the claim has changed on the platform since (now status %1): the action was not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was lost; the platform had not taken it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: the platform&apos;s answers kept getting lost; the action waits for the next round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::PlatformClient</name>
    <message>
        <source>the parameters have no JSON form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s address must start with https:// (the access token travels in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.shop_id is %1, but the token was asked for shop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.shop_id is %1, but the token is for shop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no access token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer was unreadable (%2); the platform may have taken the action, read the claim back before sending it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n tries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftersales::platform::PullPager</name>
    <message>
        <source>afterSale.List: a page is empty but says more follow; the pull stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::ShopConnector</name>
    <message>
        <source>The app key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop id &quot;%1&quot; is not a string of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the platform&apos;s address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (shop %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::SyncRound</name>
    <message>
        <source>This database is not connected to a shop: run &apos;aftersales platform connect&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process (%1) is syncing this database until %2; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync lease passed to another process (%1); this round stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::SyncWorker</name>
    <message>
        <source>This database is not connected to a shop: run &apos;aftersales platform connect&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::SystemKeyring</name>
    <message>
        <source>the system keyring is not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring refused to store it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::WireReader</name>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, out of the range %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JSON number, expected a string of digits (an id past 2^53 loses digits as a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected a string of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected an id of 1 to 19 digits without a leading zero, at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected a string of 1 to %3 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 items, at most %3 expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::claimfit</name>
    <message>
        <source>the platform&apos;s claim %1 has an id in the range of claims made here; it was not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 was made or imported here, so the platform&apos;s claim with the same id was not taken; rename or remove the local one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::envelope</name>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the access token has expired (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform refused the app&apos;s credentials (%2 %3: %4); check the app key and the app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the shop&apos;s authorisation of the app is gone (%2: %3); authorise the app again in the shop&apos;s back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform refused the action: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform limits the traffic (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform had a service error (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform answered code %2 (%3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::trypolicy</name>
    <message>
        <source>%1: %2; the platform may have taken the action, read the claim back before sending it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot reach the platform: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform limits the traffic (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a success under HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform had a service error (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::wireparse</name>
    <message>
        <source>%1 is %2, expected 0 or a time from %3 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a claim type code of RULES.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a claim status code of RULES.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.page and data.size are %1 and %2, but page %3 of size %4 was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but %3 was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which was not sent or is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.items answers %1 of the %2 claims sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 a second time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platform::wirerequests</name>
    <message>
        <source>%1 must be 1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operate item has no claim id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: update_time %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: a refusal (type %2) needs a reject reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: the reject reason code is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: type 311 ships the new item and needs its logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: the remark is longer than 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: the carrier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: the tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop id must be a string of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page size must be 1 to 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page number %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update time window %1 to %2 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim id must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an operate type of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operate request carries 1 to 50 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 is twice in one operate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::platformqueue</name>
    <message>
        <source>Claim %1 lives on the platform, which has no operation for this action on it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the platform the return of claim %1 is confirmed together with the new item&apos;s shipment: enter its tracking number instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::postgres</name>
    <message>
        <source>The database address carries a password; it was not used and is not repeated here. Give the address without it (postgresql://ROLE@HOST/DATABASE): the password comes only from PGPASSWORD or the password file (~/.pgpass, or the file PGPASSFILE names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://ROLE@HOST[:PORT]/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the database after the host, as in postgresql://ROLE@HOST[:PORT]/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parameter &quot;%2&quot; is not supported; this program passes on host, port and sslmode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one host only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::report</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>aftersales::report::drilldown</name>
    <message>
        <source>%1 claims applied for on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshipments of &quot;%1&quot; for &quot;%2&quot;, applied for from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims whose review deadline fell in the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims whose shipping deadline fell in the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims paid a late-shipment compensation in the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims refunded in full automatically in the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims applied for from %1 to %2 that %3 acted on first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims whose shipping deadline has passed (the merchant may still ship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims waiting for the merchant with under 12 hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims waiting for the merchant with 12 to 24 hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims waiting for the merchant with 24 hours or more left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::report::tables</name>
    <message>
        <source>Claims per day by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshipments by product and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished">Product</translation>
    </message>
    <message>
        <source>On-time rate by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment on-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money lost to deadlines by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic refunds (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to the merchant&apos;s first action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to first action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog now by time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished">Time left</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 12 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 to 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::rules</name>
    <message>
        <source>This action is not allowed for a %1 claim in status &quot;%2&quot;.</source>
        <translation>This action is not allowed for a %1 claim in status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A rejection needs a reason code.</source>
        <translation>A rejection needs a reason code.</translation>
    </message>
    <message>
        <source>Unknown carrier code &quot;%1&quot;.</source>
        <translation>Unknown carrier code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A tracking number is required.</source>
        <translation>A tracking number is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tracking number (expected like %3).</source>
        <translation>&quot;%1&quot; is not a %2 tracking number (expected like %3).</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; does not apply to a %2 claim.</source>
        <translation>Reason &quot;%1&quot; does not apply to a %2 claim.</translation>
    </message>
    <message>
        <source>The review window is closed.</source>
        <translation>The review window is closed.</translation>
    </message>
    <message>
        <source>The shipping window is closed.</source>
        <translation>The shipping window is closed.</translation>
    </message>
    <message>
        <source>The buyer&apos;s 48-hour window is closed.</source>
        <translation>The buyer&apos;s 48-hour window is closed.</translation>
    </message>
    <message>
        <source>The tracking number is the original order&apos;s: enter the replacement&apos;s own number.</source>
        <translation>The tracking number is the original order&apos;s: enter the replacement&apos;s own number.</translation>
    </message>
    <message>
        <source>The order has shipped: apply for a refund of a shipped order.</source>
        <translation>The order has shipped: apply for a refund of a shipped order.</translation>
    </message>
    <message>
        <source>The order has not shipped yet.</source>
        <translation>The order has not shipped yet.</translation>
    </message>
    <message>
        <source>Reshipment is not open for this product category.</source>
        <translation>Reshipment is not open for this product category.</translation>
    </message>
    <message>
        <source>Reshipment can only be applied for within 15 days of confirming receipt.</source>
        <translation>Reshipment can only be applied for within 15 days of confirming receipt.</translation>
    </message>
    <message>
        <source>The order already has an open after-sales claim.</source>
        <translation>The order already has an open after-sales claim.</translation>
    </message>
    <message>
        <source>The buyer can only cancel before the goods ship.</source>
        <translation>The buyer can only cancel before the goods ship.</translation>
    </message>
    <message>
        <source>The claim is not before the platform.</source>
        <translation>The claim is not before the platform.</translation>
    </message>
</context>
<context>
    <name>aftersales::storage</name>
    <message>
        <source>%1: not a database this program can open; give the path of a database file, or a PostgreSQL address (postgresql://ROLE@HOST[:PORT]/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::syncsql</name>
    <message>
        <source>actions are queued for the platform, but the claim is not on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim that is not on the platform is marked as syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions wait to be sent behind a refused one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync state (%1) does not match the queued actions (%2 expected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::trackingimport</name>
    <message>
        <source>The tracking number is missing.</source>
        <translation>The tracking number is missing.</translation>
    </message>
    <message>
        <source>Neither a claim id nor an order id is given.</source>
        <translation>Neither a claim id nor an order id is given.</translation>
    </message>
    <message>
        <source>A number was turned into scientific notation by Excel (%1); format the column as text and save again.</source>
        <translation>A number was turned into scientific notation by Excel (%1); format the column as text and save again.</translation>
    </message>
    <message>
        <source>No carrier is given and &quot;%1&quot; fits no carrier&apos;s format.</source>
        <translation>No carrier is given and &quot;%1&quot; fits no carrier&apos;s format.</translation>
    </message>
    <message>
        <source>Unknown carrier &quot;%1&quot;.</source>
        <translation>Unknown carrier &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tracking number (expected like %3).</source>
        <translation>&quot;%1&quot; is not a %2 tracking number (expected like %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim id.</source>
        <translation>&quot;%1&quot; is not a claim id.</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>There is no claim %1.</translation>
    </message>
    <message>
        <source>Claim %1 belongs to order %2, not %3.</source>
        <translation>Claim %1 belongs to order %2, not %3.</translation>
    </message>
    <message>
        <source>There is no claim on order %1.</source>
        <translation>There is no claim on order %1.</translation>
    </message>
    <message>
        <source>Claim %1 is not awaiting shipment.</source>
        <translation>Claim %1 is not awaiting shipment.</translation>
    </message>
    <message>
        <source>The tracking number is already used by claim %1.</source>
        <translation>The tracking number is already used by claim %1.</translation>
    </message>
    <message>
        <source>The same row as line %1.</source>
        <translation>The same row as line %1.</translation>
    </message>
    <message>
        <source>The tracking number %1 is in the file more than once (lines %2).</source>
        <translation>The tracking number %1 is in the file more than once (lines %2).</translation>
    </message>
    <message>
        <source>Claim %1 has different tracking numbers in the file (lines %2).</source>
        <translation>Claim %1 has different tracking numbers in the file (lines %2).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Wrong format</source>
        <translation>Wrong format</translation>
    </message>
    <message>
        <source>Not awaiting shipment</source>
        <translation>Not awaiting shipment</translation>
    </message>
    <message>
        <source>Duplicate number</source>
        <translation>Duplicate number</translation>
    </message>
    <message>
        <source>Unknown claim</source>
        <translation>Unknown claim</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; save it from Excel as &quot;CSV UTF-8&quot; or &quot;CSV&quot;.</source>
        <translation>The file is neither UTF-8 nor GB18030 text; save it from Excel as &quot;CSV UTF-8&quot; or &quot;CSV&quot;.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>The file has more than %1 rows; split it.</translation>
    </message>
    <message>
        <source>The first line must name the columns: a claim id (售后单号) or an order id (订单号), a tracking number (物流单号) and optionally the carrier (快递公司). Found: %1</source>
        <translation>The first line must name the columns: a claim id (售后单号) or an order id (订单号), a tracking number (物流单号) and optionally the carrier (快递公司). Found: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a tracking list.</source>
        <translation>%1 is too large for a tracking list.</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::ConnectDialog</name>
    <message>
        <source>Checking with the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this workbench to your shop on the Douyin open platform with a self-used app (自用型). The app secret is kept in the system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the one already kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the open platform (%1); a local simulator is http://127.0.0.1:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::DetailPane</name>
    <message>
        <source>Select a claim to see its details.</source>
        <translation>Select a claim to see its details.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation>&amp;Flag:</translation>
    </message>
    <message>
        <source>&amp;My remark:</source>
        <translation>&amp;My remark:</translation>
    </message>
    <message>
        <source>Only you see this; Enter saves it</source>
        <translation>Only you see this; Enter saves it</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the last action on this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the last action on this claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim leaves Sync failed; it shows the platform&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::DrillDownBar</name>
    <message>
        <source>Showing from Insight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole list again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::FilterBar</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation>Refund only</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Search order, claim, buyer, product, tracking number</source>
        <translation>Search order, claim, buyer, product, tracking number</translation>
    </message>
    <message>
        <source>Fla&amp;g:</source>
        <translation>Fla&amp;g:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::InsightChart</name>
    <message>
        <source>Claims per day by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products by reshipment reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money lost to deadlines per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to the merchant&apos;s first action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog now by time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart&apos;s numbers as CSV for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reshipments in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n reshipment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reshipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review or shipping deadline fell in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 reviews on time (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 shipments on time (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No money was lost to deadlines in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n compensation(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n automatic refund(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody acted on a claim of this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: median %2 over %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim is waiting for the merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time left to the deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::InsightView</name>
    <message>
        <source>← Claim list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the claim list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n claim(s); lost to deadlines %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::MainWindow</name>
    <message>
        <source>After-sales workbench — %1</source>
        <translation>After-sales workbench — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search order, claim, buyer, product or tracking number</source>
        <translation>Search order, claim, buyer, product or tracking number</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read counts, list and claim again</source>
        <translation>Read counts, list and claim again</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>&amp;Next claim</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>&amp;Previous claim</translation>
    </message>
    <message>
        <source>Apply &amp;due automatic steps</source>
        <translation>Apply &amp;due automatic steps</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) shown</source>
        <translation>
            <numerusform>%1 of %n claim shown</numerusform>
            <numerusform>%1 of %n claims shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>Claim %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic step(s) applied at their deadlines.</source>
        <translation>
            <numerusform>%n automatic step applied at its deadline.</numerusform>
            <numerusform>%n automatic steps applied at their deadlines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) shown, counting…</source>
        <translation>
            <numerusform>%n claim shown, counting…</numerusform>
            <numerusform>%n claims shown, counting…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the period: claims, reshipment reasons, on-time rates, money lost, backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: not allowed in its status.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1 was changed outside this window: it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was changed outside this window (by another program or at a deadline) and left this list: it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim is selected, so no action reaches a claim you have not looked at. Press ↓ or J for the claim that took its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): none of them can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 of them; %4 skipped, not allowed in their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other actions work on one claim at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no claim is selected. Select one with ↓ or J first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 works on one claim at a time: %n claims are selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 applies to none of the %n selected claims in their status.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to claim %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims here: none in “%1” matches “%2”.
Clear the search to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims here: none in “%1” has the type or status chosen above.
Set them back to “all” to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims here: this database holds none yet.
Import the platform&apos;s claims with File → Import claims….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims here: nothing in “%1” waits for you now.
Another quick filter above may have some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims are being loaded into the database; the list and counts follow when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::MerchantTools</name>
    <message>
        <source>&amp;Import tracking numbers…</source>
        <translation>&amp;Import tracking numbers…</translation>
    </message>
    <message>
        <source>Ship many claims from the warehouse&apos;s CSV of tracking numbers</source>
        <translation>Ship many claims from the warehouse&apos;s CSV of tracking numbers</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Export list…</translation>
    </message>
    <message>
        <source>Save the claims of the current list, with its filters, as CSV</source>
        <translation>Save the claims of the current list, with its filters, as CSV</translation>
    </message>
    <message>
        <source>Export claim &amp;history…</source>
        <translation>Export claim &amp;history…</translation>
    </message>
    <message>
        <source>Save the selected claim and its history as text</source>
        <translation>Save the selected claim and its history as text</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder</source>
        <translation>Copy the database into the backups folder</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) shipped from the file.</source>
        <translation>
            <numerusform>%n claim shipped from the file.</numerusform>
            <numerusform>%n claims shipped from the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>claims-%1.csv</source>
        <translation>claims-%1.csv</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>CSV for Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting claims…</source>
        <translation>Exporting claims…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) exported to %1.</source>
        <translation>
            <numerusform>%n claim exported to %1.</numerusform>
            <numerusform>%n claims exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export claim history</source>
        <translation>Export claim history</translation>
    </message>
    <message>
        <source>claim-%1.txt</source>
        <translation>claim-%1.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Claim %1&apos;s history saved to %2.</source>
        <translation>Claim %1&apos;s history saved to %2.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>About the after-sales workbench</source>
        <translation>About the after-sales workbench</translation>
    </message>
    <message>
        <source>Remark not saved</source>
        <translation>Remark not saved</translation>
    </message>
    <message>
        <source>Remark saved on claim %1.</source>
        <translation>Remark saved on claim %1.</translation>
    </message>
    <message>
        <source>Flag not saved</source>
        <translation>Flag not saved</translation>
    </message>
    <message>
        <source>Flag set on claim %1.</source>
        <translation>Flag set on claim %1.</translation>
    </message>
    <message>
        <source>Import &amp;claims…</source>
        <translation>Import &amp;claims…</translation>
    </message>
    <message>
        <source>Add claims from a file in the platform&apos;s afterSale/List JSON shape (all or nothing)</source>
        <translation>Add claims from a file in the platform&apos;s afterSale/List JSON shape (all or nothing)</translation>
    </message>
    <message>
        <source>Import claims</source>
        <translation>Import claims</translation>
    </message>
    <message>
        <source>Platform claims (*.json);;All files (*)</source>
        <translation>Platform claims (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Importing claims…</source>
        <translation>Importing claims…</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nothing was imported.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) imported from %1.</source>
        <translation>
            <numerusform>%n claim imported from %1.</numerusform>
            <numerusform>%n claims imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>售后工作台 — after-sales workbench %1
For Douyin shop merchants: exchanges, reshipments, refunds and returns, never a missed platform deadline.

Qt %2 · database: %3
Command line: aftersales --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, time zone, operator, sync interval and platform rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::MoneyAtRiskStrip</name>
    <message>
        <source>Money at risk: no deadline of yours lapses in the next 24 hours.</source>
        <translation>Money at risk: no deadline of yours lapses in the next 24 hours.</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-approval(s)</source>
        <translation>
            <numerusform>%n auto-approval</numerusform>
            <numerusform>%n auto-approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Money at risk in the next 24 h: %1 on %n claim(s) — %2</source>
        <translation>
            <numerusform>Money at risk in the next 24 h: %1 on %n claim — %2</numerusform>
            <numerusform>Money at risk in the next 24 h: %1 on %n claims — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims whose deadline falls in the next 24 hours and what letting them lapse costs. Click to list them.</source>
        <translation>Claims whose deadline falls in the next 24 hours and what letting them lapse costs. Click to list them.</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list you had before the money-at-risk filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them also refunded in full, %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late shipment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::PeriodSelector</name>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From–to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::QuickFilterTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::RejectDialog</name>
    <message>
        <source>Reject claim %1</source>
        <translation>Reject claim %1</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>What the buyer and the platform will read (optional)</source>
        <translation>What the buyer and the platform will read (optional)</translation>
    </message>
    <message>
        <source>The buyer says the goods never arrived: rejecting sends this claim straight to platform arbitration, where you will have to give evidence.</source>
        <translation>The buyer says the goods never arrived: rejecting sends this claim straight to platform arbitration, where you will have to give evidence.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>The login name</source>
        <translation>The login name</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Time zone shown:</source>
        <translation>&amp;Time zone shown:</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Operator name:</translation>
    </message>
    <message>
        <source>&amp;Due soon within:</source>
        <translation>&amp;Due soon within:</translation>
    </message>
    <message>
        <source>Platform rules (shared with the aftersales command line)</source>
        <translation>Platform rules (shared with the aftersales command line)</translation>
    </message>
    <message>
        <source>Merchant review window:</source>
        <translation>Merchant review window:</translation>
    </message>
    <message>
        <source>Time to ship after approval:</source>
        <translation>Time to ship after approval:</translation>
    </message>
    <message>
        <source>Buyer&apos;s window after a rejection:</source>
        <translation>Buyer&apos;s window after a rejection:</translation>
    </message>
    <message>
        <source>Reshipment after receipt within:</source>
        <translation>Reshipment after receipt within:</translation>
    </message>
    <message>
        <source>Buyer&apos;s time to return goods:</source>
        <translation>Buyer&apos;s time to return goods:</translation>
    </message>
    <message>
        <source>Second review window:</source>
        <translation>Second review window:</translation>
    </message>
    <message>
        <source>Reshipment &amp;categories:</source>
        <translation>Reshipment &amp;categories:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on Sync now (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the workbench sends waiting actions to the platform and pulls what changed there; 0: only when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated product categories open to reshipment, by name or code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with the platform every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many claims&apos; actions are sent to the platform at the same time; each claim&apos;s own actions always go one after another, in the order they were made. More is faster on a slow network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims sent to the platform at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::ShipDialog</name>
    <message>
        <source>Ship claim %1</source>
        <translation>Ship claim %1</translation>
    </message>
    <message>
        <source>%1 · order %2 · %3</source>
        <translation>%1 · order %2 · %3</translation>
    </message>
    <message>
        <source>The original order has no tracking number.</source>
        <translation>The original order has no tracking number.</translation>
    </message>
    <message>
        <source>Original shipment: %1 (the replacement needs its own number)</source>
        <translation>Original shipment: %1 (the replacement needs its own number)</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Carrier:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Tracking number:</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <source>Enter the replacement&apos;s tracking number, e.g. %1.</source>
        <translation>Enter the replacement&apos;s tracking number, e.g. %1.</translation>
    </message>
    <message>
        <source>This is the original order&apos;s tracking number; enter the replacement&apos;s own number.</source>
        <translation>This is the original order&apos;s tracking number; enter the replacement&apos;s own number.</translation>
    </message>
    <message>
        <source>✓ A valid %1 number.</source>
        <translation>✓ A valid %1 number.</translation>
    </message>
    <message>
        <source>Not a valid %1 number (expected like %2).</source>
        <translation>Not a valid %1 number (expected like %2).</translation>
    </message>
    <message>
        <source>✓ A valid %1 number (carrier detected from the number).</source>
        <translation>✓ A valid %1 number (carrier detected from the number).</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::SyncController</name>
    <message numerus="yes">
        <source>The platform refused %n action(s): see Sync failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1 claim(s) new or changed, %2 action(s) delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the connection: check the app key, the app secret and the shop id.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached at %1: check the address and the network.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app secret.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not connected to a shop: File → Connect to shop… connects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop: %1 (shop id %2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last round: %1 claim(s) new or changed, %2 action(s) delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last round stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions waiting to be sent to the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions refused by the platform, not seen yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Claim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n second(s) in the background.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs only when asked (Sync now, F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect to shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this workbench to your shop on the open platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the waiting actions and pull what changed on the platform (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;refused claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 claims pulled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 actions sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desktop of the team syncs in the background (it holds the team lock); Sync now (F6) syncs from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::TeamDatabaseDialog</name>
    <message>
        <source>Open team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your team&apos;s PostgreSQL database, with your own role. The password is not part of it: it comes from PGPASSWORD or the password file (~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::TeamTools</name>
    <message>
        <source>Database file %1 · as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database %1 · as %2 · this window runs the automatic steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database %1 · as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation type="unfinished">Claim %1: %2</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) assigned to nobody.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) assigned to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;local database file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::TrackingImportDialog</name>
    <message>
        <source>Import tracking numbers</source>
        <translation>Import tracking numbers</translation>
    </message>
    <message>
        <source>A CSV file from the warehouse (UTF-8 or GB18030, as Excel saves it) with a header line: 售后单号 (claim id) or 订单号 (order id), 快递公司 (carrier, optional) and 物流单号 (tracking number). Every row is checked first; the good rows are then saved together.</source>
        <translation>A CSV file from the warehouse (UTF-8 or GB18030, as Excel saves it) with a header line: 售后单号 (claim id) or 订单号 (order id), 快递公司 (carrier, optional) and 物流单号 (tracking number). Every row is checked first; the good rows are then saved together.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Ship %n claim(s)</source>
        <translation>
            <numerusform>&amp;Ship %n claim</numerusform>
            <numerusform>&amp;Ship %n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>&amp;Ship</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) can be shipped</source>
        <translation>
            <numerusform>%1 of %n row can be shipped</numerusform>
            <numerusform>%1 of %n rows can be shipped</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>; skipped: %1</translation>
    </message>
    <message>
        <source>%1 row(s) with problems will be skipped. Ship the other %2 claim(s)?</source>
        <translation>%1 row(s) with problems will be skipped. Ship the other %2 claim(s)?</translation>
    </message>
    <message>
        <source>Saving tracking numbers…</source>
        <translation>Saving tracking numbers…</translation>
    </message>
    <message>
        <source>Nothing was shipped</source>
        <translation>Nothing was shipped</translation>
    </message>
    <message>
        <source>Save &amp;rows to fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of the rows not shipped, each with why, to send back to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) shipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n row(s) were not: save them for the warehouse to fix, then import them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save rows to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-to-fix.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to fix saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::TrackingPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>carriers</name>
    <message>
        <source>SF Express</source>
        <translation>SF Express</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>ZTO Express</translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation>YTO Express</translation>
    </message>
    <message>
        <source>Yunda Express</source>
        <translation>Yunda Express</translation>
    </message>
    <message>
        <source>STO Express</source>
        <translation>STO Express</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>JD Logistics</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>J&amp;T Express</source>
        <translation>J&amp;T Express</translation>
    </message>
    <message>
        <source>Deppon</source>
        <translation>Deppon</translation>
    </message>
    <message>
        <source>China Post</source>
        <translation>China Post</translation>
    </message>
</context>
<context>
    <name>claimactions</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Approve</translation>
    </message>
    <message>
        <source>Approve the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 approved: %2.</source>
        <translation type="unfinished">Claim %1 approved: %2.</translation>
    </message>
    <message>
        <source>The merchant approves one or more claims.</source>
        <translation type="unfinished">The merchant approves one or more claims.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n claim(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;Approve %n claim</numerusform>
            <numerusform>&amp;Approve %n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve every selected claim</source>
        <translation type="unfinished">Approve every selected claim</translation>
    </message>
    <message numerus="yes">
        <source>Approved %1 of %n claim(s).</source>
        <translation type="unfinished">
            <numerusform>Approved %1 of %n claim.</numerusform>
            <numerusform>Approved %1 of %n claims.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some claims were not approved</source>
        <translation type="unfinished">Some claims were not approved</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished">&amp;Reject…</translation>
    </message>
    <message>
        <source>Reject the claim with a reason</source>
        <translation type="unfinished">Reject the claim with a reason</translation>
    </message>
    <message>
        <source>Claim %1 rejected: %2.</source>
        <translation type="unfinished">Claim %1 rejected: %2.</translation>
    </message>
    <message>
        <source>The merchant rejects a claim with a reason code.</source>
        <translation type="unfinished">The merchant rejects a claim with a reason code.</translation>
    </message>
    <message>
        <source>Enter &amp;tracking number…</source>
        <translation type="unfinished">Enter &amp;tracking number…</translation>
    </message>
    <message>
        <source>Ship the replacement: carrier and tracking number</source>
        <translation type="unfinished">Ship the replacement: carrier and tracking number</translation>
    </message>
    <message>
        <source>Claim %1 shipped: %2.</source>
        <translation type="unfinished">Claim %1 shipped: %2.</translation>
    </message>
    <message>
        <source>The merchant enters the replacement&apos;s carrier and tracking number; --from ships a CSV of many at once.</source>
        <translation type="unfinished">The merchant enters the replacement&apos;s carrier and tracking number; --from ships a CSV of many at once.</translation>
    </message>
    <message>
        <source>Convert to re&amp;fund</source>
        <translation type="unfinished">Convert to re&amp;fund</translation>
    </message>
    <message>
        <source>Refund the buyer instead</source>
        <translation type="unfinished">Refund the buyer instead</translation>
    </message>
    <message>
        <source>Claim %1 converted to a refund: %2.</source>
        <translation type="unfinished">Claim %1 converted to a refund: %2.</translation>
    </message>
    <message>
        <source>The merchant converts an exchange or a return to a refund.</source>
        <translation type="unfinished">The merchant converts an exchange or a return to a refund.</translation>
    </message>
    <message>
        <source>Convert to refund</source>
        <translation type="unfinished">Convert to refund</translation>
    </message>
    <message>
        <source>Refund %1 to the buyer instead of the %2 of claim %3?</source>
        <translation type="unfinished">Refund %1 to the buyer instead of the %2 of claim %3?</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The buyer applies for after-sales on an order; prints the new claim&apos;s id.</source>
        <translation>The buyer applies for after-sales on an order; prints the new claim&apos;s id.</translation>
    </message>
    <message>
        <source>The merchant&apos;s own remark on a claim.</source>
        <translation>The merchant&apos;s own remark on a claim.</translation>
    </message>
    <message>
        <source>The buyer withdraws the claim.</source>
        <translation>The buyer withdraws the claim.</translation>
    </message>
    <message>
        <source>The buyer modifies the application.</source>
        <translation>The buyer modifies the application.</translation>
    </message>
    <message>
        <source>The buyer asks for platform intervention.</source>
        <translation>The buyer asks for platform intervention.</translation>
    </message>
    <message>
        <source>The buyer confirms receipt of the replacement.</source>
        <translation>The buyer confirms receipt of the replacement.</translation>
    </message>
    <message>
        <source>The buyer ships the goods back (exchange, return).</source>
        <translation>The buyer ships the goods back (exchange, return).</translation>
    </message>
    <message>
        <source>The platform ends arbitration or intervention.</source>
        <translation>The platform ends arbitration or intervention.</translation>
    </message>
    <message>
        <source>Create an empty database (every command also creates one).</source>
        <translation>Create an empty database (every command also creates one).</translation>
    </message>
    <message>
        <source>Add N realistic synthetic claims; the same seed gives the same data.</source>
        <translation>Add N realistic synthetic claims; the same seed gives the same data.</translation>
    </message>
    <message>
        <source>Record an order the buyer can claim against.</source>
        <translation>Record an order the buyer can claim against.</translation>
    </message>
    <message>
        <source>Import claims in the platform&apos;s afterSale/List JSON shape; all or nothing.</source>
        <translation>Import claims in the platform&apos;s afterSale/List JSON shape; all or nothing.</translation>
    </message>
    <message>
        <source>Export the list (its filters) to CSV for Excel, or JSON for *.json.</source>
        <translation>Export the list (its filters) to CSV for Excel, or JSON for *.json.</translation>
    </message>
    <message>
        <source>The workbench&apos;s list: soonest deadline first, claims without one last.</source>
        <translation>The workbench&apos;s list: soonest deadline first, claims without one last.</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity and that every claim&apos;s audit trail matches its state; exit 3 when not.</source>
        <translation>Check the file&apos;s integrity and that every claim&apos;s audit trail matches its state; exit 3 when not.</translation>
    </message>
    <message>
        <source>Write a dated backup beside the database (the newest 7 are kept), or to FILE.</source>
        <translation>Write a dated backup beside the database (the newest 7 are kept), or to FILE.</translation>
    </message>
    <message>
        <source>The platform&apos;s coloured flag on a claim (order_flag).</source>
        <translation>The platform&apos;s coloured flag on a claim (order_flag).</translation>
    </message>
    <message>
        <source>One claim with its events, oldest first; --text writes them to a file.</source>
        <translation>One claim with its events, oldest first; --text writes them to a file.</translation>
    </message>
    <message>
        <source>What claims cost and where they come from over a period (default: the last 7 days up to --now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this database to a shop on the open platform (the app secret from AFTERSALES_APP_SECRET or the keyring), checked with token/create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop, the last pull, the actions waiting to be sent and those the platform refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the platform&apos;s refusals of a claim&apos;s actions as seen (it leaves the sync_failed list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One round with the platform: send the actions waiting, then pull what changed; --watch repeats it until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every order, claim and event (ids, versions and the audit trail kept) into an empty database, e.g. a team&apos;s PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply every automatic step that is due and print what changed; --watch keeps at it (on a team&apos;s database, while this process holds the team lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign claims to an agent (--to NAME, me, or nobody).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL, by the database&apos;s owner: give an existing login role an agent&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL, by the database&apos;s owner: take an agent&apos;s rights back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: the roles that may work the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>The count must be 0 or more.</source>
        <translation>The count must be 0 or more.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>After-sales workbench</source>
        <translation>After-sales workbench</translation>
    </message>
    <message>
        <source>After-sales workbench for Douyin shop merchants.</source>
        <translation>After-sales workbench for Douyin shop merchants.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>The database file (default: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Fill an empty database with 300 realistic demo claims.</source>
        <translation>Fill an empty database with 300 realistic demo claims.</translation>
    </message>
    <message>
        <source>A fixed clock, ISO 8601 with offset (for screenshots and tests).</source>
        <translation>A fixed clock, ISO 8601 with offset (for screenshots and tests).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Who acts, written into the audit trail (default: the login name).</source>
        <translation>Who acts, written into the audit trail (default: the login name).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Save screenshots of the window and its dialogs to FOLDER and quit.</source>
        <translation>Save screenshots of the window and its dialogs to FOLDER and quit.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time with an offset, like 2026-11-26T10:00:00+08:00.</source>
        <translation>--now needs an ISO 8601 time with an offset, like 2026-11-26T10:00:00+08:00.</translation>
    </message>
    <message>
        <source>The policy file %1 cannot be used: %2</source>
        <translation>The policy file %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1.

%2</source>
        <translation>Cannot open the database %1.

%2</translation>
    </message>
    <message>
        <source>Adding demo claims…</source>
        <translation>Adding demo claims…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Read-only: this database file cannot be written, so nothing can be changed here.</source>
        <translation>Read-only: this database file cannot be written, so nothing can be changed here.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.

%2

The local database file opens instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a PostgreSQL database the audit trail records the role logged in (%1); --operator %2 is not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Return and refund</source>
        <translation>Return and refund</translation>
    </message>
    <message>
        <source>Refund only (shipped)</source>
        <translation>Refund only (shipped)</translation>
    </message>
    <message>
        <source>Refund only (not shipped)</source>
        <translation>Refund only (not shipped)</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Reshipment</source>
        <translation>Reshipment</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>Awaiting buyer&apos;s return</source>
        <translation>Awaiting buyer&apos;s return</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Awaiting shipment</translation>
    </message>
    <message>
        <source>Confirm returned goods</source>
        <translation>Confirm returned goods</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Awaiting buyer&apos;s receipt</source>
        <translation>Awaiting buyer&apos;s receipt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rejected by merchant</source>
        <translation>Rejected by merchant</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Rejected at second review</source>
        <translation>Rejected at second review</translation>
    </message>
    <message>
        <source>Shipment overdue</source>
        <translation>Shipment overdue</translation>
    </message>
    <message>
        <source>In arbitration</source>
        <translation>In arbitration</translation>
    </message>
    <message>
        <source>Platform intervention</source>
        <translation>Platform intervention</translation>
    </message>
    <message>
        <source>Cancelled by buyer</source>
        <translation>Cancelled by buyer</translation>
    </message>
    <message>
        <source>Never received</source>
        <translation>Never received</translation>
    </message>
    <message>
        <source>Items missing</source>
        <translation>Items missing</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation>Quality issue</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Wrong item sent</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>No longer needed</translation>
    </message>
    <message>
        <source>Agreed with the buyer</source>
        <translation>Agreed with the buyer</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>Tracking shows delivered</source>
        <translation>Tracking shows delivered</translation>
    </message>
    <message>
        <source>Buyer applied</source>
        <translation>Buyer applied</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>Approved automatically</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Shipped with tracking number</source>
        <translation>Shipped with tracking number</translation>
    </message>
    <message>
        <source>Late shipment penalty</source>
        <translation>Late shipment penalty</translation>
    </message>
    <message>
        <source>Refunded automatically</source>
        <translation>Refunded automatically</translation>
    </message>
    <message>
        <source>Buyer&apos;s window lapsed</source>
        <translation>Buyer&apos;s window lapsed</translation>
    </message>
    <message>
        <source>Return confirmed automatically</source>
        <translation>Return confirmed automatically</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>Buyer cancelled</translation>
    </message>
    <message>
        <source>Buyer modified the application</source>
        <translation>Buyer modified the application</translation>
    </message>
    <message>
        <source>Buyer asked for platform intervention</source>
        <translation>Buyer asked for platform intervention</translation>
    </message>
    <message>
        <source>Buyer confirmed receipt</source>
        <translation>Buyer confirmed receipt</translation>
    </message>
    <message>
        <source>Buyer shipped the goods back</source>
        <translation>Buyer shipped the goods back</translation>
    </message>
    <message>
        <source>Platform decided for the buyer</source>
        <translation>Platform decided for the buyer</translation>
    </message>
    <message>
        <source>Platform decided for the merchant</source>
        <translation>Platform decided for the merchant</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Converted to refund</source>
        <translation>Converted to refund</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Flag changed</source>
        <translation>Flag changed</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Changed on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform&apos;s refusal seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag</source>
        <translation type="unfinished">No flag</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished">Purple</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation type="unfinished">Cyan</translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished">Green</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished">Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished">Red</translation>
    </message>
    <message>
        <source>Smart home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home and living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quickfilters</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Exchanges &amp; reshipments pending</source>
        <translation>Exchanges &amp; reshipments pending</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Awaiting shipment</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Shipment overdue</source>
        <translation>Shipment overdue</translation>
    </message>
    <message>
        <source>With the platform</source>
        <translation>With the platform</translation>
    </message>
    <message>
        <source>Money at risk</source>
        <translation>Money at risk</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeformat</name>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1m %2s</translation>
    </message>
</context>
</TS>
