<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClaimFormat</name>
    <message>
        <source>Approve reshipment</source>
        <translation>同意补寄</translation>
    </message>
    <message>
        <source>Confirm returned goods</source>
        <translation>确认收到退货</translation>
    </message>
    <message>
        <source>Approve exchange</source>
        <translation>同意换货</translation>
    </message>
    <message>
        <source>Confirm return and refund</source>
        <translation>确认收货并退款</translation>
    </message>
    <message>
        <source>Approve return</source>
        <translation>同意退货</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>同意退款</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
</context>
<context>
    <name>FlagFormat</name>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>青色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>未插旗</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>aftersales::Policy</name>
    <message>
        <source>Policy file is not a JSON object (offset %1: %2).</source>
        <translation>规则配置文件不是 JSON 对象（偏移 %1：%2）。</translation>
    </message>
    <message>
        <source>Policy key &quot;%1&quot; must be a number of hours between 0 and 87600.</source>
        <translation>规则配置项“%1”必须是 0 到 87600 之间的小时数。</translation>
    </message>
    <message>
        <source>Policy key &quot;%1&quot; must be a whole number of fen, 0 or more.</source>
        <translation>规则配置项“%1”必须是不小于 0 的整数（单位：分）。</translation>
    </message>
    <message>
        <source>Policy key &quot;%1&quot; must be a list of category names.</source>
        <translation>规则配置项“%1”必须是类目名称列表。</translation>
    </message>
    <message>
        <source>Unknown policy key &quot;%1&quot;.</source>
        <translation>未知的规则配置项“%1”。</translation>
    </message>
    <message>
        <source>Cannot read the policy file %1.</source>
        <translation>无法读取规则配置文件 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>aftersales::SqliteStorage</name>
    <message>
        <source>integrity check: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
    <message>
        <source>a row of %1 (rowid %2) points to a missing row of %3</source>
        <translation>表 %1 的一行（rowid %2）指向表 %3 中不存在的行</translation>
    </message>
    <message>
        <source>The database was written by a newer version of the workbench (schema %1, this program knows %2). Update the program; the file was not changed.</source>
        <translation>该数据库由更新版本的工作台写入（数据库结构版本 %1，本程序最高支持 %2）。请升级程序；文件未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>无法读取 %1 的数据库结构版本。</translation>
    </message>
    <message>
        <source>The database needs an upgrade but is open read-only.</source>
        <translation>数据库需要升级，但当前以只读方式打开。</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but it could not be backed up first, so it was not changed: %1</source>
        <translation>数据库需要升级，但升级前无法备份，因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>The upgrade of the database failed and was undone; the file is as it was. (%1)</source>
        <translation>数据库升级失败，已撤销；文件保持原样。（%1）</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging (journal mode %1).</source>
        <translation>数据库无法切换到预写日志（WAL）模式（当前日志模式：%1）。</translation>
    </message>
    <message>
        <source>The database is busy: another program has held it locked for too long. Nothing was written; try again. (%1)</source>
        <translation>数据库繁忙：另一个程序锁定数据库的时间过长。未写入任何内容，请重试。（%1）</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was written. Check the file&apos;s permissions. (%1)</source>
        <translation>数据库为只读：未写入任何内容。请检查文件权限。（%1）</translation>
    </message>
    <message>
        <source>The disk or the database is full: nothing was written. Free some space and try again. (%1)</source>
        <translation>磁盘或数据库已满：未写入任何内容。请释放空间后重试。（%1）</translation>
    </message>
    <message>
        <source>The file is not a valid workbench database or is damaged; restore it from a backup. (%1)</source>
        <translation>该文件不是有效的工作台数据库或已损坏，请从备份恢复。（%1）</translation>
    </message>
    <message>
        <source>The database reported an error; nothing was written. (%1)</source>
        <translation>数据库报错，未写入任何内容。（%1）</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Order %1 already exists.</source>
        <translation>订单 %1 已存在。</translation>
    </message>
    <message>
        <source>Unknown order %1.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown claim %1.</source>
        <translation>售后单 %1 不存在。</translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; nothing was written. Reload it and try again.</source>
        <translation>售后单 %1 已在别处被修改，本次未写入任何内容。请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>aftersales::Storage</name>
    <message>
        <source>This database does not support that operation.</source>
        <translation>此数据库不支持该操作。</translation>
    </message>
</context>
<context>
    <name>aftersales::Workbench</name>
    <message>
        <source>The clock (%1) is behind the newest event in the database (%2); refusing to use it.</source>
        <translation>时钟（%1）早于数据库中最新的事件（%2），拒绝使用该时钟。</translation>
    </message>
    <message>
        <source>An order needs an order id.</source>
        <translation>订单必须有订单号。</translation>
    </message>
    <message>
        <source>An order needs a category.</source>
        <translation>订单必须有商品类目。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Unknown carrier code &quot;%1&quot;.</source>
        <translation>未知的快递公司代码“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 tracking number.</source>
        <translation>“%1”不是有效的 %2 物流单号。</translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; it has been reloaded. Check it and try again.</source>
        <translation>售后单 %1 已在别处被修改，已重新加载。请核对后再试。</translation>
    </message>
    <message>
        <source>The tracking number is already used by claim %1.</source>
        <translation>该物流单号已被售后单 %1 使用。</translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime.</source>
        <translation>售后单 %1 已在别处被修改。</translation>
    </message>
    <message>
        <source>A flag is a number from 0 (none) to 5 (red).</source>
        <translation>旗帜必须是 0（无）到 5（红色）之间的数字。</translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; nothing was shipped.</source>
        <translation>售后单 %1 已在别处被修改；本次所有发货均未保存。</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>售后单 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled; no tracking number was saved.</source>
        <translation>已取消，未保存任何物流单号。</translation>
    </message>
    <message>
        <source>A claim from the platform needs its id.</source>
        <translation>来自平台的售后单必须带有售后单号。</translation>
    </message>
    <message>
        <source>imported from the platform</source>
        <translation>从平台导入</translation>
    </message>
</context>
<context>
    <name>aftersales::backup</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>无法为备份创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
    <message>
        <source>This database cannot be backed up by the workbench.</source>
        <translation>工作台无法备份此数据库。</translation>
    </message>
</context>
<context>
    <name>aftersales::claimtext</name>
    <message>
        <source>In %1: late-shipment penalty, %2 compensation and an automatic full refund of %3</source>
        <translation>%1 后：发货超时判罚，赔付 %2，并自动全额退款 %3</translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty and an automatic full refund of %2</source>
        <translation>%1后：超时发货处罚，并自动全额退款 %2</translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty and %2 compensation to the buyer</source>
        <translation>%1 后：发货超时判罚，并赔付买家 %2</translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty (compensation already paid); the buyer may then escalate</source>
        <translation>%1 后：发货超时判罚（赔付已支付），之后买家可申请平台介入</translation>
    </message>
    <message>
        <source>In %1: late-shipment penalty; the buyer may then escalate</source>
        <translation>%1后：超时发货处罚，买家随后可申请平台介入</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>No deadline: the platform decides.</source>
        <translation>无截止时间：由平台判定。</translation>
    </message>
    <message>
        <source>No deadline: waiting for the buyer to confirm receipt.</source>
        <translation>无截止时间：等待买家确认收货。</translation>
    </message>
    <message>
        <source>No deadline: this claim is finished.</source>
        <translation>无截止时间：该售后单已完结。</translation>
    </message>
    <message>
        <source>The deadline has passed; the automatic step is being applied.</source>
        <translation>已到截止时间，正在执行自动操作。</translation>
    </message>
    <message>
        <source>Approves automatically in %1</source>
        <translation>%1 后自动同意</translation>
    </message>
    <message>
        <source>Return confirmed automatically in %1</source>
        <translation>%1 后自动确认收到退货</translation>
    </message>
    <message>
        <source>Refunds automatically in %1</source>
        <translation>%1 后自动退款</translation>
    </message>
    <message>
        <source>Closes in %1 unless the buyer ships the goods back</source>
        <translation>买家 %1 内未寄回商品则售后关闭</translation>
    </message>
    <message>
        <source>Closes in %1 unless the buyer modifies the application or escalates</source>
        <translation>买家 %1 内未修改申请或申请平台介入则售后关闭</translation>
    </message>
    <message>
        <source>Next automatic step in %1</source>
        <translation>%1 后执行下一步自动操作</translation>
    </message>
    <message>
        <source>Claim %1 · %2 · %3</source>
        <translation>售后单 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Buyer&apos;s reason</source>
        <translation>售后原因</translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Original shipment</source>
        <translation>原订单物流</translation>
    </message>
    <message>
        <source>not shipped</source>
        <translation>未发货</translation>
    </message>
    <message>
        <source>Buyer&apos;s return</source>
        <translation>买家退货物流</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货/补寄物流</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Compensation paid</source>
        <translation>已赔付</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>compensation %1</source>
        <translation>赔付 %1</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>aftersales::cli</name>
    <message>
        <source>Claim %1: %2</source>
        <translation>售后单 %1：%2</translation>
    </message>
    <message>
        <source>--carrier and --tracking are required.</source>
        <translation>必须提供 --carrier 和 --tracking。</translation>
    </message>
    <message>
        <source>Give exactly one claim id.</source>
        <translation>请只提供一个售后单号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim id.</source>
        <translation>“%1”不是售后单号。</translation>
    </message>
    <message>
        <source>--order is required.</source>
        <translation>必须提供 --order。</translation>
    </message>
    <message>
        <source>Unknown claim type &quot;%1&quot;.</source>
        <translation>未知的售后类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;.</source>
        <translation>未知的售后原因“%1”。</translation>
    </message>
    <message>
        <source>Give at least one claim id.</source>
        <translation>请至少提供一个售后单号。</translation>
    </message>
    <message>
        <source>claim %1: %2</source>
        <translation>售后单 %1：%2</translation>
    </message>
    <message>
        <source>--reason-code is required.</source>
        <translation>必须提供 --reason-code。</translation>
    </message>
    <message>
        <source>Unknown reject reason code &quot;%1&quot;.</source>
        <translation>未知的拒绝原因代码“%1”。</translation>
    </message>
    <message>
        <source>--for must be buyer or merchant.</source>
        <translation>--for 必须是 buyer 或 merchant。</translation>
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
        <translation>用法：aftersales [--db PATH] [--now TIME] [--operator NAME] [--json] COMMAND ...

命令行版售后工作台：处理抖店售后单及其截止时间，执行平台规则，
与桌面版工作台使用同一个数据库。

全局选项（写在命令之前）：
  --db PATH          数据库文件（默认：%1）
  --now TIME         当前时间，ISO 8601 格式并带时区偏移（默认：系统时钟）
  --operator NAME    操作人，记入操作记录（默认：登录用户名）
  --policy FILE      规则配置覆盖文件（默认：%2，如存在）
  --json             在标准输出上输出机器可读的 JSON
  --help, --version

命令：
</translation>
    </message>
    <message>
        <source>
&apos;aftersales COMMAND --help&apos; describes a command. Exit codes: 0 done, 1 refused by a rule,
2 bad usage or input, 3 storage error or conflict.
</source>
        <translation>
&apos;aftersales COMMAND --help&apos; 查看命令说明。退出码：0 完成，1 被规则拒绝，
2 用法或输入错误，3 存储错误或冲突。
</translation>
    </message>
    <message>
        <source>Usage: aftersales [global options] %1 %2

%3
</source>
        <translation>用法：aftersales [全局选项] %1 %2

%3
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
选项：
</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Try &apos;aftersales --help&apos;.</source>
        <translation>请运行 &apos;aftersales --help&apos; 查看帮助。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Try &apos;aftersales %1 --help&apos;.</source>
        <translation>请运行 &apos;aftersales %1 --help&apos; 查看帮助。</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO 8601 time with an offset, such as 2026-11-26T10:00:00+08:00.</source>
        <translation>--now “%1”不是带时区偏移的 ISO 8601 时间，例如 2026-11-26T10:00:00+08:00。</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>规则配置文件 %1 不存在。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not an ISO 8601 time with an offset.</source>
        <translation>--%1 “%2”不是带时区偏移的 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>数据库已就绪：%1</translation>
    </message>
    <message>
        <source>%1 demo claims added to %2</source>
        <translation>已向 %2 添加 %1 个演示售后单</translation>
    </message>
    <message>
        <source>--order, --category and --amount are required.</source>
        <translation>必须提供 --order、--category 和 --amount。</translation>
    </message>
    <message>
        <source>--tracking and --carrier go together.</source>
        <translation>--tracking 和 --carrier 必须同时提供。</translation>
    </message>
    <message>
        <source>An order cannot be received before it ships.</source>
        <translation>订单不能在发货之前签收。</translation>
    </message>
    <message>
        <source>Order %1 recorded.</source>
        <translation>已录入订单 %1。</translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation>请提供一个要导入的文件。</translation>
    </message>
    <message>
        <source>%1 claims imported.</source>
        <translation>已导入 %1 个售后单。</translation>
    </message>
    <message>
        <source>Give one file to export to.</source>
        <translation>请提供一个导出目标文件。</translation>
    </message>
    <message>
        <source>%1 claims exported.</source>
        <translation>已导出 %1 个售后单。</translation>
    </message>
    <message>
        <source>Unknown quick filter &quot;%1&quot;.</source>
        <translation>未知的快捷筛选“%1”。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知的状态“%1”。</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 0 or more.</source>
        <translation>--limit 必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>%1 of %2 claims</source>
        <translation>显示 %1 个，共 %2 个售后单</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 automatic steps applied.</source>
        <translation>已执行 %1 个自动操作。</translation>
    </message>
    <message>
        <source>A note for the audit trail.</source>
        <translation>记入操作记录的备注。</translation>
    </message>
    <message>
        <source>The order id.</source>
        <translation>订单号。</translation>
    </message>
    <message>
        <source>return_refund, refund_shipped, refund_unshipped, exchange or reship.</source>
        <translation>return_refund、refund_shipped、refund_unshipped、exchange 或 reship。</translation>
    </message>
    <message>
        <source>never_received, missing_items, other (reship); quality_issue, wrong_item, not_as_described, no_longer_needed, missing_items, other (other types).</source>
        <translation>never_received、missing_items、other（补寄）；quality_issue、wrong_item、not_as_described、no_longer_needed、missing_items、other（其他售后类型）。</translation>
    </message>
    <message>
        <source>The buyer&apos;s note.</source>
        <translation>买家留言。</translation>
    </message>
    <message>
        <source>agreed_with_buyer, out_of_stock, delivered or other.</source>
        <translation>agreed_with_buyer、out_of_stock、delivered 或 other。</translation>
    </message>
    <message>
        <source>A note to the buyer.</source>
        <translation>给买家的说明。</translation>
    </message>
    <message>
        <source>The carrier code, e.g. shunfeng.</source>
        <translation>快递公司代码，例如 shunfeng。</translation>
    </message>
    <message>
        <source>The tracking number.</source>
        <translation>物流单号。</translation>
    </message>
    <message>
        <source>The remark (empty clears it).</source>
        <translation>备注内容（留空则清除备注）。</translation>
    </message>
    <message>
        <source>The carrier code.</source>
        <translation>快递公司代码。</translation>
    </message>
    <message>
        <source>buyer or merchant.</source>
        <translation>buyer（支持买家）或 merchant（支持商家）。</translation>
    </message>
    <message>
        <source>The decision&apos;s note.</source>
        <translation>判定说明。</translation>
    </message>
    <message>
        <source>How many claims (default 200).</source>
        <translation>售后单数量（默认 200）。</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>The product category, e.g. smart_home.</source>
        <translation>商品类目，例如 smart_home。</translation>
    </message>
    <message>
        <source>The amount paid, in fen.</source>
        <translation>实付金额，单位：分。</translation>
    </message>
    <message>
        <source>The original shipment&apos;s tracking number.</source>
        <translation>原订单发货的物流单号。</translation>
    </message>
    <message>
        <source>The original shipment&apos;s carrier code.</source>
        <translation>原订单发货的快递公司代码。</translation>
    </message>
    <message>
        <source>When it shipped (default: now, when a tracking number is given).</source>
        <translation>发货时间（默认：提供了物流单号时为当前时间）。</translation>
    </message>
    <message>
        <source>When the buyer confirmed receipt.</source>
        <translation>买家确认收货的时间。</translation>
    </message>
    <message>
        <source>The buyer&apos;s nickname.</source>
        <translation>买家昵称。</translation>
    </message>
    <message>
        <source>The product title.</source>
        <translation>商品标题。</translation>
    </message>
    <message>
        <source>all, pending_review, exchange_reship_pending, awaiting_shipment, due_soon, overdue, platform.</source>
        <translation>all、pending_review、exchange_reship_pending、awaiting_shipment、due_soon、overdue、platform。</translation>
    </message>
    <message>
        <source>Only this claim type.</source>
        <translation>仅显示此售后类型。</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>仅显示此状态。</translation>
    </message>
    <message>
        <source>Order id prefix, claim id, buyer, product or tracking number.</source>
        <translation>订单号前缀、售后单号、买家、商品或物流单号。</translation>
    </message>
    <message>
        <source>At most N claims (default 50; 0 for all).</source>
        <translation>最多显示 N 个售后单（默认 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>The database is consistent: the file is intact and every claim&apos;s audit trail matches its state.</source>
        <translation>数据库一致：文件完好，每个售后单的操作记录都与其状态相符。</translation>
    </message>
    <message>
        <source>%1 problems found. Restore the newest good backup (see the README, &quot;Backups and restore&quot;) or send the file to support.</source>
        <translation>发现 %1 个问题。请恢复最新的完好备份（见 README 的“Backups and restore”一节），或将文件发送给技术支持。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>The database %1 is read-only, and &quot;%2&quot; would change it: nothing was done. Make the file and its folder writable (chmod u+w) or work on a copy; list, show, export, check and backup still read it.</source>
        <translation>数据库 %1 为只读，而“%2”会修改它：未执行任何操作。请将该文件及其所在文件夹设为可写（chmod u+w），或在副本上操作；list、show、export、check 和 backup 仍可读取它。</translation>
    </message>
    <message>
        <source>warning: the database is read-only; %1 claims have automatic steps due that could not be applied, so they are shown as last saved.</source>
        <translation>警告：数据库为只读；%1 个售后单有已到期的自动操作无法执行，因此按最后保存的状态显示。</translation>
    </message>
    <message>
        <source>warning: no backup was taken: %1</source>
        <translation>警告：未能备份：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Write the backup to this file (it must not exist).</source>
        <translation>将备份写入此文件（该文件必须不存在）。</translation>
    </message>
    <message>
        <source>Give either a claim id or --from FILE, not both.</source>
        <translation>请提供售后单号或 --from FILE 其中之一，不能同时提供。</translation>
    </message>
    <message>
        <source>--carrier and --tracking come from the file with --from.</source>
        <translation>使用 --from 时，快递公司和物流单号取自文件，不能再提供 --carrier 和 --tracking。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be shipped; nothing was saved. Fix them, or add --skip-bad to ship the good rows only.</source>
        <translation>%2 行中有 %1 行无法发货，未保存任何内容。请修正这些行，或加上 --skip-bad 只为正确的行发货。</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows can be shipped; nothing was saved.</source>
        <translation>试运行：%2 行中有 %1 行可以发货；未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 claims shipped; %2 rows skipped.</source>
        <translation>已为 %1 个售后单发货；跳过 %2 行。</translation>
    </message>
    <message>
        <source>A CSV (UTF-8 or GB18030) with columns 售后单号 or 订单号, 快递公司, 物流单号: all rows in one transaction.</source>
        <translation>CSV 文件（UTF-8 或 GB18030），列为 售后单号 或 订单号、快递公司、物流单号：所有行在同一事务中处理。</translation>
    </message>
    <message>
        <source>With --from: ship the good rows, skip the bad ones.</source>
        <translation>配合 --from：只为正确的行发货，跳过有问题的行。</translation>
    </message>
    <message>
        <source>With --from: only check the file.</source>
        <translation>配合 --from：只检查文件，不发货。</translation>
    </message>
    <message>
        <source>--skip-bad and --dry-run go with --from.</source>
        <translation>--skip-bad 和 --dry-run 只能与 --from 一起使用。</translation>
    </message>
    <message>
        <source>0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red.</source>
        <translation>0 无，1 紫色，2 青色，3 绿色，4 橙色，5 红色。</translation>
    </message>
    <message>
        <source>--set must be a flag from 0 (none) to 5 (red).</source>
        <translation>--set 必须是 0（无）到 5（红色）之间的旗帜编号。</translation>
    </message>
    <message>
        <source>Only claims with this flag: 0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red.</source>
        <translation>仅显示插了此旗帜的售后单：0 无，1 紫色，2 青色，3 绿色，4 橙色，5 红色。</translation>
    </message>
    <message>
        <source>--flag must be a number from 0 (none) to 5 (red).</source>
        <translation>--flag 必须是 0（无）到 5（红色）之间的数字。</translation>
    </message>
    <message>
        <source>Write the claim and its timeline as UTF-8 text to FILE.</source>
        <translation>将售后单及其操作记录以 UTF-8 文本写入 FILE。</translation>
    </message>
    <message>
        <source>Claim %1&apos;s timeline written to %2.</source>
        <translation>售后单 %1 的操作记录已写入 %2。</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is neither an ISO 8601 time with an offset (such as 2026-11-26T10:00:00+08:00) nor a date (2026-11-26).</source>
        <translation>--%1 “%2”既不是带时区偏移的 ISO 8601 时间（如 2026-11-26T10:00:00+08:00），也不是日期（2026-11-26）。</translation>
    </message>
    <message>
        <source>The report&apos;s start (%1) must come before its end (%2).</source>
        <translation>报表的开始时间（%1）必须早于结束时间（%2）。</translation>
    </message>
    <message>
        <source>Report from %1 to %2 (%3)</source>
        <translation>报表：%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>No claims in this period.</source>
        <translation>该期间没有售后单。</translation>
    </message>
    <message>
        <source>Claims applied for: %1 (%2)</source>
        <translation>申请的售后单：%1（%2）</translation>
    </message>
    <message>
        <source>On time: reviews %1 (%2 of %3), shipments %4 (%5 of %6)</source>
        <translation>按时率：审核 %1（%3 个中 %2 个），发货 %4（%6 个中 %5 个）</translation>
    </message>
    <message>
        <source>Lost to deadlines: compensations %1, automatic refunds %2</source>
        <translation>超时损失：赔付 %1，自动退款 %2</translation>
    </message>
    <message>
        <source>Start: an ISO 8601 time with an offset, or a date (its midnight in your time zone).</source>
        <translation>开始：带时区偏移的 ISO 8601 时间，或日期（您所在时区当天零点）。</translation>
    </message>
    <message>
        <source>End (not included): an ISO 8601 time, or a date (the whole day included).</source>
        <translation>结束（不含）：ISO 8601 时间，或日期（含当天全天）。</translation>
    </message>
</context>
<context>
    <name>aftersales::cli::output</name>
    <message>
        <source>ID</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>售后类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>售后原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>aftersales::consistency</name>
    <message>
        <source>an event belongs to a claim that does not exist</source>
        <translation>有事件属于不存在的售后单</translation>
    </message>
    <message>
        <source>the first event is &quot;%1&quot;, not the application or an import</source>
        <translation>第一个事件是“%1”，而不是申请或导入</translation>
    </message>
    <message>
        <source>event %1 (%2) starts at %3 but the one before ended at %4</source>
        <translation>事件 %1（%2）的起始状态为 %3，但上一个事件的结束状态为 %4</translation>
    </message>
    <message>
        <source>event %1 (%2) is older than the one before it</source>
        <translation>事件 %1（%2）早于它前面的事件</translation>
    </message>
    <message>
        <source>the claim has no events</source>
        <translation>该售后单没有任何事件</translation>
    </message>
    <message>
        <source>the claim is %1 but its last event ends at %2</source>
        <translation>售后单状态为 %1，但其最后一个事件的结束状态为 %2</translation>
    </message>
    <message>
        <source>the late-shipment compensation was paid %1 times</source>
        <translation>发货超时赔付被支付了 %1 次</translation>
    </message>
    <message>
        <source>the claim records %1 fen of compensation but its events pay %2</source>
        <translation>售后单记录的赔付为 %1 分，但其事件共支付 %2 分</translation>
    </message>
    <message>
        <source>This database cannot be checked by the workbench.</source>
        <translation>工作台无法检查此数据库。</translation>
    </message>
</context>
<context>
    <name>aftersales::exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>aftersales::importer</name>
    <message>
        <source>text longer than %1 characters</source>
        <translation>文本超过 %1 个字符</translation>
    </message>
    <message>
        <source>missing or not a positive whole number</source>
        <translation>缺失或不是正整数</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>missing or not a known type code (0, 1, 2, 3, 7)</source>
        <translation>缺失或不是已知的售后类型代码（0、1、2、3、7）</translation>
    </message>
    <message>
        <source>not a known status code</source>
        <translation>不是已知的状态代码</translation>
    </message>
    <message>
        <source>not a reason this claim type takes</source>
        <translation>不是该售后类型可用的原因</translation>
    </message>
    <message>
        <source>missing or not a time</source>
        <translation>缺失或不是时间</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>是将来的时间</translation>
    </message>
    <message>
        <source>not a time, or in the future</source>
        <translation>不是时间，或是将来的时间</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>不是时间</translation>
    </message>
    <message>
        <source>not a whole number, 0 or more</source>
        <translation>不是不小于 0 的整数</translation>
    </message>
    <message>
        <source>must be 0 to 5</source>
        <translation>必须在 0 到 5 之间</translation>
    </message>
    <message>
        <source>does not fit the carrier&apos;s format</source>
        <translation>不符合该快递公司的单号格式</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2.</source>
        <translation>第 %1 字节处不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>Expected a list of claims, {&quot;items&quot;: [...]} or {&quot;data&quot;: {&quot;items&quot;: [...]}}.</source>
        <translation>应为售后单列表、{&quot;items&quot;: [...]} 或 {&quot;data&quot;: {&quot;items&quot;: [...]}}。</translation>
    </message>
    <message>
        <source>Item %1 is not an object.</source>
        <translation>第 %1 项不是对象。</translation>
    </message>
    <message>
        <source>Item %1, field &quot;%2&quot;: %3.</source>
        <translation>第 %1 项，字段“%2”：%3。</translation>
    </message>
    <message>
        <source>Item %1, field &quot;aftersale_id&quot;: %2 appears twice in the file.</source>
        <translation>第 %1 项，字段“aftersale_id”：%2 在文件中出现了两次。</translation>
    </message>
    <message>
        <source>Item %1, field &quot;tracking_no&quot;: used twice in the file.</source>
        <translation>第 %1 项，字段“tracking_no”：在文件中被使用了两次。</translation>
    </message>
    <message>
        <source>Item %1, field &quot;aftersale_id&quot;: claim %2 already exists.</source>
        <translation>第 %1 项，字段“aftersale_id”：售后单 %2 已存在。</translation>
    </message>
    <message>
        <source>Item %1, field &quot;tracking_no&quot;: already used by claim %2.</source>
        <translation>第 %1 项，字段“tracking_no”：已被售后单 %2 使用。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB.</source>
        <translation>%1 大于 256 MB。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>已取消导入，未导入任何售后单。</translation>
    </message>
</context>
<context>
    <name>aftersales::report</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>aftersales::report::drilldown</name>
    <message>
        <source>%1 claims applied for on %2</source>
        <translation>%2 申请的%1售后单</translation>
    </message>
    <message>
        <source>Reshipments of &quot;%1&quot; for &quot;%2&quot;, applied for from %3 to %4</source>
        <translation>“%1”因“%2”申请的补寄，申请时间 %3 至 %4</translation>
    </message>
    <message>
        <source>Claims whose review deadline fell in the week of %1</source>
        <translation>审核截止时间在 %1 那一周的售后单</translation>
    </message>
    <message>
        <source>Claims whose shipping deadline fell in the week of %1</source>
        <translation>发货截止时间在 %1 那一周的售后单</translation>
    </message>
    <message>
        <source>Claims paid a late-shipment compensation in the week of %1</source>
        <translation>%1 那一周支付了超时发货赔付的售后单</translation>
    </message>
    <message>
        <source>Claims refunded in full automatically in the week of %1</source>
        <translation>%1 那一周自动全额退款的售后单</translation>
    </message>
    <message>
        <source>Claims applied for from %1 to %2 that %3 acted on first</source>
        <translation>%1 至 %2 申请、由 %3 首先处理的售后单</translation>
    </message>
    <message>
        <source>Claims whose shipping deadline has passed (the merchant may still ship)</source>
        <translation>已过发货截止时间的售后单（商家仍可发货）</translation>
    </message>
    <message>
        <source>Claims waiting for the merchant with under 12 hours left</source>
        <translation>待商家处理且剩余不足 12 小时的售后单</translation>
    </message>
    <message>
        <source>Claims waiting for the merchant with 12 to 24 hours left</source>
        <translation>待商家处理且剩余 12 至 24 小时的售后单</translation>
    </message>
    <message>
        <source>Claims waiting for the merchant with 24 hours or more left</source>
        <translation>待商家处理且剩余 24 小时及以上的售后单</translation>
    </message>
</context>
<context>
    <name>aftersales::report::tables</name>
    <message>
        <source>Claims per day by type</source>
        <translation>每日售后单（按类型）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Reshipments by product and reason</source>
        <translation>补寄（按商品和原因）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>On-time rate by week</source>
        <translation>每周按时率</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>到期审核</translation>
    </message>
    <message>
        <source>Reviewed on time</source>
        <translation>按时审核</translation>
    </message>
    <message>
        <source>Review on-time rate</source>
        <translation>审核按时率</translation>
    </message>
    <message>
        <source>Shipments due</source>
        <translation>到期发货</translation>
    </message>
    <message>
        <source>Shipped on time</source>
        <translation>按时发货</translation>
    </message>
    <message>
        <source>Shipment on-time rate</source>
        <translation>发货按时率</translation>
    </message>
    <message>
        <source>Money lost to deadlines by week</source>
        <translation>每周超时损失</translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation>赔付</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>赔付（元）</translation>
    </message>
    <message>
        <source>Automatic refunds</source>
        <translation>自动退款</translation>
    </message>
    <message>
        <source>Automatic refunds (yuan)</source>
        <translation>自动退款（元）</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>Time to the merchant&apos;s first action</source>
        <translation>商家首次处理用时</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Median time to first action</source>
        <translation>首次处理用时中位数</translation>
    </message>
    <message>
        <source>Backlog now by time left</source>
        <translation>当前积压（按剩余时间）</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Under 12 h</source>
        <translation>不足 12 小时</translation>
    </message>
    <message>
        <source>12 to 24 h</source>
        <translation>12 至 24 小时</translation>
    </message>
    <message>
        <source>24 h or more</source>
        <translation>24 小时及以上</translation>
    </message>
</context>
<context>
    <name>aftersales::rules</name>
    <message>
        <source>This action is not allowed for a %1 claim in status &quot;%2&quot;.</source>
        <translation>处于“%2”状态的%1售后单不允许此操作。</translation>
    </message>
    <message>
        <source>A rejection needs a reason code.</source>
        <translation>拒绝时必须选择拒绝原因。</translation>
    </message>
    <message>
        <source>Unknown carrier code &quot;%1&quot;.</source>
        <translation>未知的快递公司代码“%1”。</translation>
    </message>
    <message>
        <source>A tracking number is required.</source>
        <translation>必须填写物流单号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tracking number (expected like %3).</source>
        <translation>“%1”不是%2的物流单号（格式应类似 %3）。</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; does not apply to a %2 claim.</source>
        <translation>原因“%1”不适用于%2售后单。</translation>
    </message>
    <message>
        <source>The review window is closed.</source>
        <translation>审核期限已过。</translation>
    </message>
    <message>
        <source>The shipping window is closed.</source>
        <translation>发货期限已过。</translation>
    </message>
    <message>
        <source>The buyer&apos;s 48-hour window is closed.</source>
        <translation>买家的 48 小时处理期已过。</translation>
    </message>
    <message>
        <source>The tracking number is the original order&apos;s: enter the replacement&apos;s own number.</source>
        <translation>该物流单号是原订单的单号：请填写补发商品自己的物流单号。</translation>
    </message>
    <message>
        <source>The order has shipped: apply for a refund of a shipped order.</source>
        <translation>该订单已发货：请申请已发货仅退款。</translation>
    </message>
    <message>
        <source>The order has not shipped yet.</source>
        <translation>该订单尚未发货。</translation>
    </message>
    <message>
        <source>Reshipment is not open for this product category.</source>
        <translation>该商品类目未开放补寄。</translation>
    </message>
    <message>
        <source>Reshipment can only be applied for within 15 days of confirming receipt.</source>
        <translation>补寄只能在确认收货后 15 天内申请。</translation>
    </message>
    <message>
        <source>The order already has an open after-sales claim.</source>
        <translation>该订单已有进行中的售后单。</translation>
    </message>
    <message>
        <source>The buyer can only cancel before the goods ship.</source>
        <translation>买家只能在商品发出前撤销申请。</translation>
    </message>
    <message>
        <source>The claim is not before the platform.</source>
        <translation>该售后单不在平台处理中。</translation>
    </message>
</context>
<context>
    <name>aftersales::storage</name>
    <message>
        <source>%1: PostgreSQL databases are not supported yet; give the path of a database file.</source>
        <translation>%1：暂不支持 PostgreSQL 数据库；请给出数据库文件的路径。</translation>
    </message>
    <message>
        <source>%1: not a database this program can open; give the path of a database file.</source>
        <translation>%1：不是本程序能打开的数据库；请给出数据库文件的路径。</translation>
    </message>
</context>
<context>
    <name>aftersales::trackingimport</name>
    <message>
        <source>The tracking number is missing.</source>
        <translation>缺少物流单号。</translation>
    </message>
    <message>
        <source>Neither a claim id nor an order id is given.</source>
        <translation>未提供售后单号或订单号。</translation>
    </message>
    <message>
        <source>A number was turned into scientific notation by Excel (%1); format the column as text and save again.</source>
        <translation>数字被 Excel 转成了科学计数法（%1）；请将该列设置为文本格式后重新保存。</translation>
    </message>
    <message>
        <source>No carrier is given and &quot;%1&quot; fits no carrier&apos;s format.</source>
        <translation>未提供快递公司，且“%1”不符合任何快递公司的单号格式。</translation>
    </message>
    <message>
        <source>Unknown carrier &quot;%1&quot;.</source>
        <translation>未知的快递公司“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tracking number (expected like %3).</source>
        <translation>“%1”不是%2的物流单号（格式应类似 %3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim id.</source>
        <translation>“%1”不是售后单号。</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>售后单 %1 不存在。</translation>
    </message>
    <message>
        <source>Claim %1 belongs to order %2, not %3.</source>
        <translation>售后单 %1 属于订单 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>There is no claim on order %1.</source>
        <translation>订单 %1 没有售后单。</translation>
    </message>
    <message>
        <source>Claim %1 is not awaiting shipment.</source>
        <translation>售后单 %1 不在待商家发货状态。</translation>
    </message>
    <message>
        <source>The tracking number is already used by claim %1.</source>
        <translation>该物流单号已被售后单 %1 使用。</translation>
    </message>
    <message>
        <source>The same row as line %1.</source>
        <translation>与第 %1 行重复。</translation>
    </message>
    <message>
        <source>The tracking number %1 is in the file more than once (lines %2).</source>
        <translation>物流单号 %1 在文件中出现了多次（第 %2 行）。</translation>
    </message>
    <message>
        <source>Claim %1 has different tracking numbers in the file (lines %2).</source>
        <translation>售后单 %1 在文件中有不同的物流单号（第 %2 行）。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>可发货</translation>
    </message>
    <message>
        <source>Wrong format</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>Not awaiting shipment</source>
        <translation>非待发货状态</translation>
    </message>
    <message>
        <source>Duplicate number</source>
        <translation>单号重复</translation>
    </message>
    <message>
        <source>Unknown claim</source>
        <translation>售后单不存在</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; save it from Excel as &quot;CSV UTF-8&quot; or &quot;CSV&quot;.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 编码的文本；请在 Excel 中另存为“CSV UTF-8”或“CSV”格式。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation>文件超过 %1 行，请拆分后再导入。</translation>
    </message>
    <message>
        <source>The first line must name the columns: a claim id (售后单号) or an order id (订单号), a tracking number (物流单号) and optionally the carrier (快递公司). Found: %1</source>
        <translation>第一行必须是列名：售后单号或订单号、物流单号，以及可选的快递公司。实际为：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a tracking list.</source>
        <translation>%1 过大，无法作为物流单号列表导入。</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>售后类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>售后原因</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>旗帜</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::DetailPane</name>
    <message>
        <source>Select a claim to see its details.</source>
        <translation>选择一个售后单以查看详情。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>截止时间：%1</translation>
    </message>
    <message>
        <source>&amp;Flag:</source>
        <translation>旗帜(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;My remark:</source>
        <translation>我的备注(&amp;M)：</translation>
    </message>
    <message>
        <source>Only you see this; Enter saves it</source>
        <translation>仅自己可见；按回车保存</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::DrillDownBar</name>
    <message>
        <source>Showing from Insight: %1</source>
        <translation>来自统计：%1</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show the whole list again</source>
        <translation>重新显示完整列表</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::FilterBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>售后类型(&amp;T)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>Search order, claim, buyer, product, tracking number</source>
        <translation>搜索订单号、售后单号、买家、商品、物流单号</translation>
    </message>
    <message>
        <source>Fla&amp;g:</source>
        <translation>旗帜(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::InsightChart</name>
    <message>
        <source>Claims per day by type</source>
        <translation>每日售后单（按类型）</translation>
    </message>
    <message>
        <source>Top products by reshipment reason</source>
        <translation>补寄原因最多的商品</translation>
    </message>
    <message>
        <source>On-time rate per week</source>
        <translation>每周按时率</translation>
    </message>
    <message>
        <source>Money lost to deadlines per week</source>
        <translation>每周超时损失</translation>
    </message>
    <message>
        <source>Median time to the merchant&apos;s first action</source>
        <translation>商家首次处理用时中位数</translation>
    </message>
    <message>
        <source>Backlog now by time left</source>
        <translation>当前积压（按剩余时间）</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save this chart&apos;s numbers as CSV for Excel</source>
        <translation>将此图表的数据保存为 Excel 可用的 CSV</translation>
    </message>
    <message>
        <source>No claims in this period.</source>
        <translation>该期间没有售后单。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n claim(s)</source>
        <translation>
            <numerusform>%1，%2：%n 个售后单</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>No reshipments in this period.</source>
        <translation>该期间没有补寄。</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（无商品）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n reshipment(s)</source>
        <translation>
            <numerusform>%1，%2：%n 个补寄</numerusform>
        </translation>
    </message>
    <message>
        <source>Reshipments</source>
        <translation>补寄</translation>
    </message>
    <message>
        <source>No review or shipping deadline fell in this period.</source>
        <translation>该期间没有到期的审核或发货。</translation>
    </message>
    <message>
        <source>Week from Monday</source>
        <translation>周（自周一起）</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 reviews on time (%4)</source>
        <translation>%1 那一周：%3 个审核中 %2 个按时（%4）</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 shipments on time (%4)</source>
        <translation>%1 那一周：%3 个发货中 %2 个按时（%4）</translation>
    </message>
    <message>
        <source>No money was lost to deadlines in this period.</source>
        <translation>该期间没有因超时造成的损失。</translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation>赔付</translation>
    </message>
    <message>
        <source>Automatic refunds</source>
        <translation>自动退款</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n compensation(s), %2</source>
        <translation>
            <numerusform>%1 那一周：%n 笔赔付，%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n automatic refund(s), %2</source>
        <translation>
            <numerusform>%1 那一周：%n 笔自动退款，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Nobody acted on a claim of this period yet.</source>
        <translation>该期间的售后单尚无人处理。</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>中位数（小时）</translation>
    </message>
    <message numerus="yes">
        <source>%1: median %2 over %n claim(s)</source>
        <translation>
            <numerusform>%1：%n 个售后单的中位数 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>No claim is waiting for the merchant.</source>
        <translation>没有待商家处理的售后单。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s)</source>
        <translation>
            <numerusform>%1：%n 个售后单</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left to the deadline</source>
        <translation>距截止剩余时间</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::InsightView</name>
    <message>
        <source>← Claim list</source>
        <translation>← 售后单列表</translation>
    </message>
    <message>
        <source>Back to the claim list</source>
        <translation>返回售后单列表</translation>
    </message>
    <message>
        <source>No claims in this period.</source>
        <translation>该期间没有售后单。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n claim(s); lost to deadlines %3</source>
        <translation>
            <numerusform>%1 至 %2：%n 个售后单；超时损失 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Save numbers as CSV</source>
        <translation>将数据保存为 CSV</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 可用的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save numbers</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>Numbers saved to %1.</source>
        <translation>数据已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::MainWindow</name>
    <message>
        <source>After-sales workbench — %1</source>
        <translation>售后工作台 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>售后单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search order, claim, buyer, product or tracking number</source>
        <translation>搜索订单号、售后单号、买家、商品或物流单号</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read counts, list and claim again</source>
        <translation>重新读取计数、列表和当前售后单</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>下一个售后单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>上一个售后单(&amp;P)</translation>
    </message>
    <message>
        <source>Apply &amp;due automatic steps</source>
        <translation>执行已到期的自动操作(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个售后单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 个售后单</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>已在别处修改</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>售后单 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic step(s) applied at their deadlines.</source>
        <translation>
            <numerusform>已在截止时间执行 %n 个自动操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) shown, counting…</source>
        <translation>
            <numerusform>已显示 %n 个售后单，正在计数…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>统计(&amp;I)</translation>
    </message>
    <message>
        <source>Charts of the period: claims, reshipment reasons, on-time rates, money lost, backlog</source>
        <translation>所选期间的图表：售后单、补寄原因、按时率、超时损失、积压</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::MerchantTools</name>
    <message>
        <source>&amp;Import tracking numbers…</source>
        <translation>批量导入物流单号(&amp;I)…</translation>
    </message>
    <message>
        <source>Ship many claims from the warehouse&apos;s CSV of tracking numbers</source>
        <translation>根据仓库提供的物流单号 CSV 批量发货</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the claims of the current list, with its filters, as CSV</source>
        <translation>将当前列表（含筛选条件）中的售后单保存为 CSV</translation>
    </message>
    <message>
        <source>Export claim &amp;history…</source>
        <translation>导出操作记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the selected claim and its history as text</source>
        <translation>将所选售后单及其操作记录保存为文本</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder</source>
        <translation>将数据库复制到备份文件夹</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Language, time zone, operator and platform rules</source>
        <translation>语言、时区、操作人和平台规则</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) shipped from the file.</source>
        <translation>
            <numerusform>已根据文件发货 %n 个售后单。</numerusform>
        </translation>
    </message>
    <message>
        <source>claims-%1.csv</source>
        <translation>售后单-%1.csv</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>Excel 可用的 CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting claims…</source>
        <translation>正在导出售后单…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 个售后单到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export claim history</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <source>claim-%1.txt</source>
        <translation>售后单-%1.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>Claim %1&apos;s history saved to %2.</source>
        <translation>售后单 %1 的操作记录已保存到 %2。</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>About the after-sales workbench</source>
        <translation>关于售后工作台</translation>
    </message>
    <message>
        <source>Remark not saved</source>
        <translation>备注未保存</translation>
    </message>
    <message>
        <source>Remark saved on claim %1.</source>
        <translation>售后单 %1 的备注已保存。</translation>
    </message>
    <message>
        <source>Flag not saved</source>
        <translation>旗帜未保存</translation>
    </message>
    <message>
        <source>Flag set on claim %1.</source>
        <translation>已为售后单 %1 插旗。</translation>
    </message>
    <message>
        <source>Import &amp;claims…</source>
        <translation>导入售后单(&amp;C)…</translation>
    </message>
    <message>
        <source>Add claims from a file in the platform&apos;s afterSale/List JSON shape (all or nothing)</source>
        <translation>从平台 afterSale/List JSON 格式的文件导入售后单（全部成功或全部不导入）</translation>
    </message>
    <message>
        <source>Import claims</source>
        <translation>导入售后单</translation>
    </message>
    <message>
        <source>Platform claims (*.json);;All files (*)</source>
        <translation>平台售后单 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing claims…</source>
        <translation>正在导入售后单…</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何售后单。

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个售后单。</numerusform>
        </translation>
    </message>
    <message>
        <source>售后工作台 — after-sales workbench %1
For Douyin shop merchants: exchanges, reshipments, refunds and returns, never a missed platform deadline.

Qt %2 · database: %3
Command line: aftersales --help</source>
        <translation>售后工作台 %1
为抖店商家打造：换货、补寄、退款与退货，不错过任何平台时限。

Qt %2 · 数据库：%3
命令行：aftersales --help</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::MoneyAtRiskStrip</name>
    <message>
        <source>Money at risk: no deadline of yours lapses in the next 24 hours.</source>
        <translation>资金风险：未来 24 小时内没有需要您处理的截止时间到期。</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-approval(s)</source>
        <translation>
            <numerusform>%n 个自动同意</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compensation(s) %1</source>
        <translation>
            <numerusform>%n 笔赔付 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic full refund(s) %1</source>
        <translation>
            <numerusform>%n 笔自动全额退款 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Money at risk in the next 24 h: %1 on %n claim(s) — %2</source>
        <translation>
            <numerusform>未来 24 小时资金风险：%1，涉及 %n 个售后单 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims whose deadline falls in the next 24 hours and what letting them lapse costs. Click to list them.</source>
        <translation>截止时间在未来 24 小时内的售后单，以及超时未处理将造成的损失。点击列出这些售后单。</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::PeriodSelector</name>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期间的第一天</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>期间的最后一天（含）</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::QuickFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::RejectDialog</name>
    <message>
        <source>Reject claim %1</source>
        <translation>拒绝售后单 %1</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择拒绝原因…</translation>
    </message>
    <message>
        <source>What the buyer and the platform will read (optional)</source>
        <translation>买家和平台可见的拒绝说明（选填）</translation>
    </message>
    <message>
        <source>%1 · order %2 · %3 · buyer&apos;s reason: %4</source>
        <translation>%1 · 订单 %2 · %3 · 买家原因：%4</translation>
    </message>
    <message>
        <source>The buyer says the goods never arrived: rejecting sends this claim straight to platform arbitration, where you will have to give evidence.</source>
        <translation>买家表示一直未收到货：拒绝后该售后单将直接进入平台仲裁，您需要提交举证。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>拒绝原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>拒绝说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>The login name</source>
        <translation>登录用户名</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Time zone shown:</source>
        <translation>显示时区(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>操作人名称(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due soon within:</source>
        <translation>即将超时阈值(&amp;D)：</translation>
    </message>
    <message>
        <source>Platform rules (shared with the aftersales command line)</source>
        <translation>平台规则（与 aftersales 命令行共用）</translation>
    </message>
    <message>
        <source>Merchant review window:</source>
        <translation>商家审核期限：</translation>
    </message>
    <message>
        <source>Time to ship after approval:</source>
        <translation>同意后发货期限：</translation>
    </message>
    <message>
        <source>Buyer&apos;s window after a rejection:</source>
        <translation>拒绝后买家处理期：</translation>
    </message>
    <message>
        <source>Reshipment after receipt within:</source>
        <translation>确认收货后可申请补寄期限：</translation>
    </message>
    <message>
        <source>Buyer&apos;s time to return goods:</source>
        <translation>买家退货期限：</translation>
    </message>
    <message>
        <source>Second review window:</source>
        <translation>二次审核期限：</translation>
    </message>
    <message>
        <source>Reshipment &amp;categories:</source>
        <translation>补寄类目(&amp;C)：</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::ShipDialog</name>
    <message>
        <source>Ship claim %1</source>
        <translation>售后单 %1 发货</translation>
    </message>
    <message>
        <source>%1 · order %2 · %3</source>
        <translation>%1 · 订单 %2 · %3</translation>
    </message>
    <message>
        <source>The original order has no tracking number.</source>
        <translation>原订单没有物流单号。</translation>
    </message>
    <message>
        <source>Original shipment: %1 (the replacement needs its own number)</source>
        <translation>原订单物流：%1（换货/补寄需使用新的物流单号）</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>快递公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>物流单号(&amp;T)：</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Enter the replacement&apos;s tracking number, e.g. %1.</source>
        <translation>请填写换货/补寄商品的物流单号，例如 %1。</translation>
    </message>
    <message>
        <source>This is the original order&apos;s tracking number; enter the replacement&apos;s own number.</source>
        <translation>这是原订单的物流单号，请填写换货/补寄商品自己的物流单号。</translation>
    </message>
    <message>
        <source>✓ A valid %1 number.</source>
        <translation>✓ 有效的%1单号。</translation>
    </message>
    <message>
        <source>Not a valid %1 number (expected like %2).</source>
        <translation>不是有效的%1单号（格式应类似 %2）。</translation>
    </message>
    <message>
        <source>✓ A valid %1 number (carrier detected from the number).</source>
        <translation>✓ 有效的%1单号（已根据单号识别快递公司）。</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::TrackingImportDialog</name>
    <message>
        <source>Import tracking numbers</source>
        <translation>导入物流单号</translation>
    </message>
    <message>
        <source>A CSV file from the warehouse (UTF-8 or GB18030, as Excel saves it) with a header line: 售后单号 (claim id) or 订单号 (order id), 快递公司 (carrier, optional) and 物流单号 (tracking number). Every row is checked first; the good rows are then saved together.</source>
        <translation>仓库导出的 CSV 文件（UTF-8 或 GB18030，即 Excel 保存的格式），首行为列名：售后单号或订单号、快递公司（可选）和物流单号。先逐行检查，再将正确的行一并保存。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Ship %n claim(s)</source>
        <translation>
            <numerusform>为 %n 个售后单发货(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>发货(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) can be shipped</source>
        <translation>
            <numerusform>%n 行中有 %1 行可以发货</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>；跳过：%1</translation>
    </message>
    <message>
        <source>%1 row(s) with problems will be skipped. Ship the other %2 claim(s)?</source>
        <translation>%1 行有问题，将被跳过。是否为其余 %2 个售后单发货？</translation>
    </message>
    <message>
        <source>Saving tracking numbers…</source>
        <translation>正在保存物流单号…</translation>
    </message>
    <message>
        <source>Nothing was shipped</source>
        <translation>未发货任何售后单</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::TrackingPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>carriers</name>
    <message>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <source>Yunda Express</source>
        <translation>韵达快递</translation>
    </message>
    <message>
        <source>STO Express</source>
        <translation>申通快递</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>J&amp;T Express</source>
        <translation>极兔速递</translation>
    </message>
    <message>
        <source>Deppon</source>
        <translation>德邦快递</translation>
    </message>
    <message>
        <source>China Post</source>
        <translation>中国邮政</translation>
    </message>
</context>
<context>
    <name>claimactions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the claim</source>
        <translation>同意该售后申请</translation>
    </message>
    <message>
        <source>Claim %1 approved: %2.</source>
        <translation>售后单 %1 已同意：%2。</translation>
    </message>
    <message>
        <source>The merchant approves one or more claims.</source>
        <translation>商家同意一个或多个售后单。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n claim(s)</source>
        <translation>
            <numerusform>同意 %n 个售后单(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve every selected claim</source>
        <translation>同意所有选中的售后单</translation>
    </message>
    <message numerus="yes">
        <source>Approved %1 of %n claim(s).</source>
        <translation>
            <numerusform>%n 个售后单中已同意 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some claims were not approved</source>
        <translation>部分售后单未能同意</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <source>Reject the claim with a reason</source>
        <translation>选择原因拒绝售后单</translation>
    </message>
    <message>
        <source>Claim %1 rejected: %2.</source>
        <translation>售后单 %1 已拒绝：%2。</translation>
    </message>
    <message>
        <source>The merchant rejects a claim with a reason code.</source>
        <translation>商家按拒绝原因代码拒绝售后单。</translation>
    </message>
    <message>
        <source>Enter &amp;tracking number…</source>
        <translation>填写物流单号(&amp;T)…</translation>
    </message>
    <message>
        <source>Ship the replacement: carrier and tracking number</source>
        <translation>发出换货/补寄商品：填写快递公司和物流单号</translation>
    </message>
    <message>
        <source>Claim %1 shipped: %2.</source>
        <translation>售后单 %1 已发货：%2。</translation>
    </message>
    <message>
        <source>The merchant enters the replacement&apos;s carrier and tracking number; --from ships a CSV of many at once.</source>
        <translation>商家填写换货/补寄商品的快递公司和物流单号；--from 可通过 CSV 文件批量发货。</translation>
    </message>
    <message>
        <source>Convert to re&amp;fund</source>
        <translation>转为退款(&amp;F)</translation>
    </message>
    <message>
        <source>Refund the buyer instead</source>
        <translation>改为给买家退款</translation>
    </message>
    <message>
        <source>Claim %1 converted to a refund: %2.</source>
        <translation>售后单 %1 已转为退款：%2。</translation>
    </message>
    <message>
        <source>The merchant converts an exchange or a return to a refund.</source>
        <translation>商家将换货或退货转为退款。</translation>
    </message>
    <message>
        <source>Convert to refund</source>
        <translation>转为退款</translation>
    </message>
    <message>
        <source>Refund %1 to the buyer instead of the %2 of claim %3?</source>
        <translation>将售后单 %3 由%2转为退款，向买家退款 %1？</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The buyer applies for after-sales on an order; prints the new claim&apos;s id.</source>
        <translation>买家对订单申请售后；输出新售后单的单号。</translation>
    </message>
    <message>
        <source>The merchant&apos;s own remark on a claim.</source>
        <translation>商家对售后单的备注。</translation>
    </message>
    <message>
        <source>The buyer withdraws the claim.</source>
        <translation>买家撤销售后申请。</translation>
    </message>
    <message>
        <source>The buyer modifies the application.</source>
        <translation>买家修改售后申请。</translation>
    </message>
    <message>
        <source>The buyer asks for platform intervention.</source>
        <translation>买家申请平台介入。</translation>
    </message>
    <message>
        <source>The buyer confirms receipt of the replacement.</source>
        <translation>买家确认收到换货/补寄商品。</translation>
    </message>
    <message>
        <source>The buyer ships the goods back (exchange, return).</source>
        <translation>买家寄回商品（换货、退货）。</translation>
    </message>
    <message>
        <source>The platform ends arbitration or intervention.</source>
        <translation>平台作出判定，结束仲裁或平台介入。</translation>
    </message>
    <message>
        <source>Create an empty database (every command also creates one).</source>
        <translation>创建空数据库（其他命令也会自动创建）。</translation>
    </message>
    <message>
        <source>Add N realistic synthetic claims; the same seed gives the same data.</source>
        <translation>添加 N 个仿真的演示售后单；相同的随机种子生成相同的数据。</translation>
    </message>
    <message>
        <source>Record an order the buyer can claim against.</source>
        <translation>录入一个买家可申请售后的订单。</translation>
    </message>
    <message>
        <source>Import claims in the platform&apos;s afterSale/List JSON shape; all or nothing.</source>
        <translation>导入平台 afterSale/List JSON 格式的售后单；要么全部导入，要么全部不导入。</translation>
    </message>
    <message>
        <source>Export the list (its filters) to CSV for Excel, or JSON for *.json.</source>
        <translation>按列表的筛选条件导出：默认导出 CSV（可用 Excel 打开），文件名为 *.json 时导出 JSON。</translation>
    </message>
    <message>
        <source>The workbench&apos;s list: soonest deadline first, claims without one last.</source>
        <translation>工作台列表：截止时间最近的在前，无截止时间的售后单排在最后。</translation>
    </message>
    <message>
        <source>Apply every automatic step that is due and print what changed.</source>
        <translation>执行所有已到期的自动操作，并输出变更内容。</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity and that every claim&apos;s audit trail matches its state; exit 3 when not.</source>
        <translation>检查文件完整性，以及每个售后单的操作记录是否与其状态相符；不相符时退出码为 3。</translation>
    </message>
    <message>
        <source>Write a dated backup beside the database (the newest 7 are kept), or to FILE.</source>
        <translation>在数据库旁写入带日期的备份（保留最新的 7 份），或写入 FILE。</translation>
    </message>
    <message>
        <source>The platform&apos;s coloured flag on a claim (order_flag).</source>
        <translation>设置售后单的平台插旗颜色（order_flag）。</translation>
    </message>
    <message>
        <source>One claim with its events, oldest first; --text writes them to a file.</source>
        <translation>显示一个售后单及其事件，按时间从早到晚排列；--text 将其写入文件。</translation>
    </message>
    <message>
        <source>What claims cost and where they come from over a period (default: the last 7 days up to --now).</source>
        <translation>一段期间内售后单的成本与来源（默认：截至 --now 的最近 7 天）。</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>The count must be 0 or more.</source>
        <translation>数量必须不小于 0。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>After-sales workbench</source>
        <translation>售后工作台</translation>
    </message>
    <message>
        <source>After-sales workbench for Douyin shop merchants.</source>
        <translation>面向抖店商家的售后工作台。</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Fill an empty database with 300 realistic demo claims.</source>
        <translation>向空数据库填充 300 个仿真的演示售后单。</translation>
    </message>
    <message>
        <source>A fixed clock, ISO 8601 with offset (for screenshots and tests).</source>
        <translation>固定时钟，ISO 8601 格式并带时区偏移（用于截图和测试）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who acts, written into the audit trail (default: the login name).</source>
        <translation>操作人，记入操作记录（默认：登录用户名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Save screenshots of the window and its dialogs to FOLDER and quit.</source>
        <translation>将窗口及其对话框的截图保存到指定文件夹后退出。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time with an offset, like 2026-11-26T10:00:00+08:00.</source>
        <translation>--now 需要带时区偏移的 ISO 8601 时间，例如 2026-11-26T10:00:00+08:00。</translation>
    </message>
    <message>
        <source>The policy file %1 cannot be used: %2</source>
        <translation>无法使用规则配置文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the database %1.

%2</source>
        <translation>无法打开数据库 %1。

%2</translation>
    </message>
    <message>
        <source>Adding demo claims…</source>
        <translation>正在添加演示售后单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Read-only: this database file cannot be written, so nothing can be changed here.</source>
        <translation>只读：该数据库文件不可写，此处无法做任何修改。</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Return and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Refund only (shipped)</source>
        <translation>已发货仅退款</translation>
    </message>
    <message>
        <source>Refund only (not shipped)</source>
        <translation>未发货仅退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Reshipment</source>
        <translation>补寄</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>待商家处理</translation>
    </message>
    <message>
        <source>Awaiting buyer&apos;s return</source>
        <translation>待买家退货</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>待商家发货</translation>
    </message>
    <message>
        <source>Confirm returned goods</source>
        <translation>待商家收货确认</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>售后成功(已退款)</translation>
    </message>
    <message>
        <source>Awaiting buyer&apos;s receipt</source>
        <translation>待买家收货</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>换货/补寄成功</translation>
    </message>
    <message>
        <source>Rejected by merchant</source>
        <translation>商家已拒绝</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>售后关闭</translation>
    </message>
    <message>
        <source>Rejected at second review</source>
        <translation>商家二次拒绝</translation>
    </message>
    <message>
        <source>Shipment overdue</source>
        <translation>补寄超时</translation>
    </message>
    <message>
        <source>In arbitration</source>
        <translation>仲裁中</translation>
    </message>
    <message>
        <source>Platform intervention</source>
        <translation>平台介入中</translation>
    </message>
    <message>
        <source>Cancelled by buyer</source>
        <translation>买家已撤销</translation>
    </message>
    <message>
        <source>Never received</source>
        <translation>一直未收到货</translation>
    </message>
    <message>
        <source>Items missing</source>
        <translation>商家少发/漏发</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>商家发错货</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与商品描述不符</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <source>Agreed with the buyer</source>
        <translation>与买家协商一致</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>Tracking shows delivered</source>
        <translation>物流显示已签收</translation>
    </message>
    <message>
        <source>Buyer applied</source>
        <translation>买家申请售后</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>超时自动同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Shipped with tracking number</source>
        <translation>填写物流单号发货</translation>
    </message>
    <message>
        <source>Late shipment penalty</source>
        <translation>发货超时判罚</translation>
    </message>
    <message>
        <source>Refunded automatically</source>
        <translation>自动退款</translation>
    </message>
    <message>
        <source>Buyer&apos;s window lapsed</source>
        <translation>买家处理期限已过</translation>
    </message>
    <message>
        <source>Return confirmed automatically</source>
        <translation>自动确认收到退货</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>买家撤销申请</translation>
    </message>
    <message>
        <source>Buyer modified the application</source>
        <translation>买家修改申请</translation>
    </message>
    <message>
        <source>Buyer asked for platform intervention</source>
        <translation>买家申请平台介入</translation>
    </message>
    <message>
        <source>Buyer confirmed receipt</source>
        <translation>买家确认收货</translation>
    </message>
    <message>
        <source>Buyer shipped the goods back</source>
        <translation>买家寄回商品</translation>
    </message>
    <message>
        <source>Platform decided for the buyer</source>
        <translation>平台判定支持买家</translation>
    </message>
    <message>
        <source>Platform decided for the merchant</source>
        <translation>平台判定支持商家</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Converted to refund</source>
        <translation>转为退款</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Flag changed</source>
        <translation>修改旗帜</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Changed on the platform</source>
        <translation>平台上已变更</translation>
    </message>
</context>
<context>
    <name>quickfilters</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Exchanges &amp; reshipments pending</source>
        <translation>换货&amp;补寄待处理</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>待商家处理</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>待商家发货</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Shipment overdue</source>
        <translation>补寄超时</translation>
    </message>
    <message>
        <source>With the platform</source>
        <translation>平台处理中</translation>
    </message>
    <message>
        <source>Money at risk</source>
        <translation>资金风险</translation>
    </message>
</context>
<context>
    <name>timeformat</name>
    <message>
        <source>%1d %2h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1分%2秒</translation>
    </message>
</context>
</TS>
