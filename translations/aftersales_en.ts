<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClaimFormat</name>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline: the platform decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline: waiting for the buyer to confirm receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline: this claim is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline has passed; the automatic step is being applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves automatically in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty, %2 compensation and an automatic full refund of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty (compensation already paid); the buyer may then escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty and %2 compensation to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return confirmed automatically in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds automatically in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes in %1 unless the buyer ships the goods back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes in %1 unless the buyer modifies the application or escalates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next automatic step in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve reshipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm returned goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm return and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales</name>
    <message>
        <source>The database was written by a newer version of the workbench (schema %1, this program knows %2). Update the program; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::Policy</name>
    <message>
        <source>Policy file is not a JSON object (offset %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy key &quot;%1&quot; must be a number of hours between 0 and 87600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy key &quot;%1&quot; must be a whole number of fen, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy key &quot;%1&quot; must be a list of category names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown policy key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the policy file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::Store</name>
    <message>
        <source>The database is busy: another program has held it locked for too long. Nothing was written; try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: nothing was written. Check the file&apos;s permissions. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk or the database is full: nothing was written. Free some space and try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a valid workbench database or is damaged; restore it from a backup. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error; nothing was written. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging (journal mode %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an upgrade but is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown claim %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; nothing was written. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::Workbench</name>
    <message>
        <source>The clock (%1) is behind the newest event in the database (%2); refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs an order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown carrier code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; it has been reloaded. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number is already used by claim %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::cli</name>
    <message>
        <source>Claim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--carrier and --tracking are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one claim id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown claim type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one claim id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason-code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reject reason code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for must be buyer or merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: aftersales [--db PATH] [--now TIME] [--operator NAME] [--json] COMMAND ...

The after-sales workbench on the command line: Douyin shop claims, their deadlines
and the platform&apos;s rules, over the same database as the desktop workbench.

Global options (before the command):
  --db PATH          the database file (default: %1)
  --now TIME         the clock, ISO 8601 with offset (default: the system clock)
  --operator NAME    who acts, written into the audit trail (default: the login name)
  --policy FILE      policy overrides (default: %2 when it exists)
  --json             machine-readable output on stdout
  --help, --version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;aftersales COMMAND --help&apos; describes a command. Exit codes: 0 done, 1 refused by a rule,
2 bad usage or input, 3 storage error or conflict.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: aftersales [global options] %1 %2

%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;aftersales --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;aftersales %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO 8601 time with an offset, such as 2026-11-26T10:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not an ISO 8601 time with an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo claims added to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order, --category and --amount are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tracking and --carrier go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order cannot be received before it ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown quick filter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 automatic steps applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return_refund, refund_shipped, refund_unshipped, exchange or reship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never_received, missing_items, other (reship); quality_issue, wrong_item, not_as_described, no_longer_needed, missing_items, other (other types).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed_with_buyer, out_of_stock, delivered or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier code, e.g. shunfeng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remark (empty clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer or merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many claims (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product category, e.g. smart_home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount paid, in fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original shipment&apos;s tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original shipment&apos;s carrier code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it shipped (default: now, when a tracking number is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the buyer confirmed receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all, pending_review, exchange_reship_pending, awaiting_shipment, due_soon, overdue, platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this claim type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id prefix, claim id, buyer, product or tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N claims (default 50; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::cli::output</name>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::importer</name>
    <message>
        <source>text longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a known type code (0, 1, 2, 3, 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a reason this claim type takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time, or in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit the carrier&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of claims, {&quot;items&quot;: [...]} or {&quot;data&quot;: {&quot;items&quot;: [...]}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, field &quot;aftersale_id&quot;: %2 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, field &quot;tracking_no&quot;: used twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, field &quot;aftersale_id&quot;: claim %2 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, field &quot;tracking_no&quot;: already used by claim %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::rules</name>
    <message>
        <source>This action is not allowed for a %1 claim in status &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown carrier code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tracking number (expected like %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; does not apply to a %2 claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::DetailPane</name>
    <message>
        <source>Select a claim to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 · %2 · %3</source>
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
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original shipment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement shipment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::FilterBar</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order, claim, buyer, product, tracking number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::MainWindow</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales workbench %1
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales workbench — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the claim with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;tracking number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship the replacement: carrier and tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to re&amp;fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the buyer instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order, claim, buyer, product or tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read counts, list and claim again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;due automatic steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approve every selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 approved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved %1 of %n claim(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some claims were not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 rejected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 shipped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 to the buyer instead of the %2 of claim %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 converted to a refund: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n automatic step(s) applied at their deadlines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftersales::ui::MoneyAtRiskStrip</name>
    <message>
        <source>Money at risk: no deadline of yours lapses in the next 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n auto-approval(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compensation(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic full refund(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Money at risk in the next 24 h: %1 on %n claim(s) — %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Claims whose deadline falls in the next 24 hours and what letting them lapse costs. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::QuickFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::RejectDialog</name>
    <message>
        <source>Reject claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the buyer and the platform will read (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · order %2 · %3 · buyer&apos;s reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer says the goods never arrived: rejecting sends this claim straight to platform arbitration, where you will have to give evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftersales::ui::ShipDialog</name>
    <message>
        <source>Ship claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · order %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original order has no tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original shipment: %1 (the replacement needs its own number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the replacement&apos;s tracking number, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the original order&apos;s tracking number; enter the replacement&apos;s own number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ A valid %1 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid %1 number (expected like %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carriers</name>
    <message>
        <source>SF Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yunda Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STO Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&amp;T Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deppon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The buyer applies for after-sales on an order; prints the new claim&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant approves one or more claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant rejects a claim with a reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant enters the replacement&apos;s carrier and tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant converts an exchange or a return to a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant&apos;s own remark on a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer withdraws the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer modifies the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer asks for platform intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer confirms receipt of the replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer ships the goods back (exchange, return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform ends arbitration or intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database (every command also creates one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N realistic synthetic claims; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an order the buyer can claim against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import claims in the platform&apos;s afterSale/List JSON shape; all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list (its filters) to CSV for Excel, or JSON for *.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench&apos;s list: soonest deadline first, claims without one last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One claim with its events, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply every automatic step that is due and print what changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>The count must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Return and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only (shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only (not shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting buyer&apos;s return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm returned goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting buyer&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected at second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking shows delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late shipment penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s window lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return confirmed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer modified the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer asked for platform intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer confirmed receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer shipped the goods back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform decided for the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform decided for the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quickfilters</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges &amp; reshipments pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money at risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeformat</name>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
