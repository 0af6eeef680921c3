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
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message>
        <source>Waiting to be sent to the platform</source>
        <translation>等待发送到平台</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>平台已拒绝</translation>
    </message>
    <message>
        <source>Refused by the platform: %1</source>
        <translation>平台已拒绝：%1</translation>
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
    <name>aftersales::PostgresStorage</name>
    <message>
        <source>the kept count of type %1 in status %2 is %3, but %4 claims are</source>
        <translation>类型 %1、状态 %2 的计数为 %3，但实际有 %4 个售后单</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer version of the workbench (schema %2, this program knows %3). Update the program; nothing was changed.</source>
        <translation>数据库 %1 由更新版本的工作台建立（数据库结构版本 %2，本程序最高支持 %3）。请升级程序；未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 needs to be set up or upgraded, but it is open read-only.</source>
        <translation>数据库 %1 需要初始化或升级，但当前以只读方式打开。</translation>
    </message>
    <message>
        <source>The database %1 is empty, and the role %2 may not set it up. Its owner sets it up once with: aftersales --db %1 init</source>
        <translation>数据库 %1 为空，且角色 %2 无权初始化它。由其所有者执行一次：aftersales --db %1 init</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade to schema %2, which only its owner may make: aftersales --db %1 init, as the owner. Nothing was changed.</source>
        <translation>数据库 %1 需要升级到结构版本 %2，只有其所有者可以升级：以所有者身份执行 aftersales --db %1 init。未做任何更改。</translation>
    </message>
    <message>
        <source>Setting up the database %1 failed and was undone; nothing was changed. (%2)</source>
        <translation>初始化数据库 %1 失败并已撤销；未做任何更改。（%2）</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed: Qt&apos;s PostgreSQL driver (QPSQL) was not found. Install the package libqt6sql6-psql and try again.</source>
        <translation>未安装 PostgreSQL 支持：找不到 Qt 的 PostgreSQL 驱动（QPSQL）。请安装 libqt6sql6-psql 软件包后重试。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1); nothing was written: the server undoes whatever was not committed. Check the server and the network, then try again.</source>
        <translation>与数据库服务器的连接已断开（%1）；未写入任何内容：服务器会撤销所有未提交的更改。请检查服务器和网络后重试。</translation>
    </message>
    <message>
        <source>Other agents changed the same claims at the same moment, again and again; nothing was written. Try again.</source>
        <translation>其他客服同时反复修改了相同的售后单；未写入任何内容。请重试。</translation>
    </message>
    <message>
        <source>The database is busy: another agent or program has held a lock for too long. Nothing was written; try again. (%1)</source>
        <translation>数据库繁忙：另一位客服或程序持有锁的时间过长。未写入任何内容；请重试。（%1）</translation>
    </message>
    <message>
        <source>The role %1 may not do this on the database %2 (%3). The database&apos;s owner gives an agent&apos;s rights with: aftersales --db %2 team grant %1</source>
        <translation>角色 %1 无权在数据库 %2 上执行此操作（%3）。数据库所有者可用以下命令授予客服权限：aftersales --db %2 team grant %1</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing was written.</source>
        <translation>数据库以只读方式打开：未写入任何内容。</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: nothing was written. Ask its administrator. (%1)</source>
        <translation>数据库服务器磁盘已满：未写入任何内容。请联系其管理员。（%1）</translation>
    </message>
    <message>
        <source>The database server is out of resources: nothing was written. Try again later. (%1)</source>
        <translation>数据库服务器资源不足：未写入任何内容。请稍后重试。（%1）</translation>
    </message>
    <message>
        <source>The database server reported an error; nothing was written. (%1)</source>
        <translation>数据库服务器报告错误；未写入任何内容。（%1）</translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation>（您的登录名）</translation>
    </message>
    <message>
        <source>The server refused the login of role %1 to %2: the password is wrong or missing. The password comes only from PGPASSWORD or the password file (~/.pgpass, or the file PGPASSFILE names), never from the address.</source>
        <translation>服务器拒绝了角色 %1 登录 %2：密码错误或缺失。密码只取自 PGPASSWORD 或密码文件（~/.pgpass，或 PGPASSFILE 指定的文件），绝不取自地址。</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server; its administrator creates it (createdb) before the first use.</source>
        <translation>服务器上不存在数据库 %1；首次使用前由其管理员创建（createdb）。</translation>
    </message>
    <message>
        <source>The role %1 does not exist on the server %2; its administrator creates it (createuser).</source>
        <translation>服务器 %2 上不存在角色 %1；由其管理员创建（createuser）。</translation>
    </message>
    <message>
        <source>The server %1 does not accept role %2 from this computer (pg_hba.conf): %3</source>
        <translation>服务器 %1 不接受来自本机的角色 %2（pg_hba.conf）：%3</translation>
    </message>
    <message>
        <source>The server %1 has no connection to spare; try again later. (%2)</source>
        <translation>服务器 %1 没有空闲连接；请稍后重试。（%2）</translation>
    </message>
    <message>
        <source>Cannot reach the database server for %1 (%2). Check the address, the network, and that the server is running.</source>
        <translation>无法连接 %1 的数据库服务器（%2）。请检查地址、网络以及服务器是否在运行。</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>无法连接数据库 %1：%2</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while the change was being committed; reload to see whether it was saved.</source>
        <translation>提交更改时与数据库服务器的连接断开；请重新加载以确认是否已保存。</translation>
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
        <source>Order %1 already exists.</source>
        <translation>订单 %1 已存在。</translation>
    </message>
    <message>
        <source>A claim with id %1 already exists.</source>
        <translation>已存在单号为 %1 的售后单。</translation>
    </message>
    <message>
        <source>Claim %1 was changed elsewhere in the meantime; nothing was written. Reload it and try again.</source>
        <translation>售后单 %1 已在别处被修改，本次未写入任何内容。请重新加载后再试。</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner (%1) may give or take an agent&apos;s rights; %2 is not. Run it as %1.</source>
        <translation>只有数据库所有者（%1）可以授予或收回客服权限；%2 不是所有者。请以 %1 身份运行。</translation>
    </message>
    <message>
        <source>There is no role %1 on the server: create it first (createuser %1), then grant it.</source>
        <translation>服务器上没有角色 %1：请先创建（createuser %1），再授权。</translation>
    </message>
    <message>
        <source>The role %1 cannot log in: an agent is a login role (createuser %1).</source>
        <translation>角色 %1 无法登录：客服必须是可登录的角色（createuser %1）。</translation>
    </message>
    <message>
        <source>There is no role %1 on the server.</source>
        <translation>服务器上没有角色 %1。</translation>
    </message>
    <message>
        <source>Changes by other agents cannot be followed: the server did not accept LISTEN.</source>
        <translation>无法跟踪其他客服的更改：服务器不接受 LISTEN。</translation>
    </message>
    <message>
        <source>Claims changed elsewhere while they were locked; nothing was written.</source>
        <translation>售后单在锁定期间被其他地方修改；未写入任何内容。</translation>
    </message>
    <message>
        <source>No claim id is left for claims made here.</source>
        <translation>本地创建的售后单已没有可用的单号。</translation>
    </message>
    <message>
        <source>The queued action %1 was changed by another process in the meantime.</source>
        <translation>排队的操作 %1 在此期间被另一个进程修改。</translation>
    </message>
    <message>
        <source>Which shop the team&apos;s database %1 syncs with is for its owner to set: the owner runs &apos;aftersales platform connect&apos; (or Connect to shop…) once; nothing was changed. An agent connects to that same shop to keep the app secret on this computer.</source>
        <translation>团队数据库 %1 与哪个店铺同步由数据库所有者设置：所有者运行一次“aftersales platform connect”（或“连接店铺…”）；未做任何更改。客服可连接同一个店铺，以便在本机保存应用密钥。</translation>
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
    <message>
        <source>No claim id is left for claims made here.</source>
        <translation>本地创建的售后单已没有可用的单号。</translation>
    </message>
    <message>
        <source>The queued action %1 was changed by another process in the meantime.</source>
        <translation>排队的操作 %1 在此期间被另一个进程修改。</translation>
    </message>
    <message>
        <source>Another program is loading claims into this database in bulk; try again when it is done.</source>
        <translation>另一个程序正在向此数据库批量载入售后单；请在其完成后重试。</translation>
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
    <message>
        <source>Claim %1 lives on the platform: the buyer&apos;s moves and the platform&apos;s decisions happen there, and a sync brings them here.</source>
        <translation>售后单 %1 在平台上：买家的操作和平台的决定都在平台上发生，同步后才会出现在这里。</translation>
    </message>
    <message>
        <source>There is no queued action %1.</source>
        <translation>没有排队的操作 %1。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The queued action %1 is no longer waiting to be sent.</source>
        <translation>排队的操作 %1 已不在等待发送。</translation>
    </message>
    <message>
        <source>The queued action %1 was settled in the meantime.</source>
        <translation>排队的操作 %1 在此期间已有结果。</translation>
    </message>
    <message>
        <source>not sent: an earlier action on this claim (%1) was refused</source>
        <translation>未发送：该售后单之前的操作（%1）被拒绝</translation>
    </message>
    <message>
        <source>Claim %1 has no refused action waiting to be seen.</source>
        <translation>售后单 %1 没有待查看的被拒绝操作。</translation>
    </message>
    <message>
        <source>%1 is not an agent of this database: its owner gives a login role an agent&apos;s rights with &quot;aftersales team grant %1&quot;.</source>
        <translation>%1 不是此数据库的客服：数据库所有者可用 &quot;aftersales team grant %1&quot; 授予可登录角色客服权限。</translation>
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
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
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
    <message>
        <source>Platform&apos;s answer</source>
        <translation>平台的答复</translation>
    </message>
    <message>
        <source>Pulled %1 changed claims, sent %2 actions; %3 waiting to be sent.</source>
        <translation>拉取了 %1 个有变化的售后单，发送了 %2 个操作；%3 个等待发送。</translation>
    </message>
    <message>
        <source>Refused by the platform:</source>
        <translation>被平台拒绝：</translation>
    </message>
    <message>
        <source>This database is not connected to a shop: run &apos;aftersales platform connect&apos; first.</source>
        <translation>此数据库尚未连接店铺：请先运行 &apos;aftersales platform connect&apos;。</translation>
    </message>
    <message>
        <source>--app-key and --shop-id are required.</source>
        <translation>必须提供 --app-key 和 --shop-id。</translation>
    </message>
    <message>
        <source>Not connected to a shop.</source>
        <translation>未连接店铺。</translation>
    </message>
    <message>
        <source>Shop: %1 (shop id %2, app key %3) at %4</source>
        <translation>店铺：%1（店铺 ID %2，App Key %3），地址 %4</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>上次拉取：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Actions waiting to be sent: %1</source>
        <translation>等待发送的操作：%1</translation>
    </message>
    <message>
        <source>Actions refused by the platform, not seen yet: %1</source>
        <translation>被平台拒绝且尚未查看的操作：%1</translation>
    </message>
    <message>
        <source>&apos;aftersales platform ack ID&apos; marks a claim&apos;s refusals as seen.</source>
        <translation>&apos;aftersales platform ack ID&apos; 将售后单的拒绝标记为已查看。</translation>
    </message>
    <message>
        <source>Claim %1: the platform&apos;s refusal is marked as seen.</source>
        <translation>售后单 %1：平台的拒绝已标记为已查看。</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to 64.</source>
        <translation>--concurrency 必须是 1 到 64 之间的整数。</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from 1 to 86400.</source>
        <translation>--interval 必须是 1 到 86400 之间的整数秒。</translation>
    </message>
    <message>
        <source>--interval goes with --watch.</source>
        <translation>--interval 需与 --watch 一起使用。</translation>
    </message>
    <message>
        <source>The self-used app&apos;s app key.</source>
        <translation>自用型应用的 App Key。</translation>
    </message>
    <message>
        <source>The shop id.</source>
        <translation>店铺 ID。</translation>
    </message>
    <message>
        <source>The platform&apos;s address (default https://openapi-fxg.jinritemai.com).</source>
        <translation>平台地址（默认 https://openapi-fxg.jinritemai.com）。</translation>
    </message>
    <message>
        <source>Sync every --interval seconds until Ctrl+C.</source>
        <translation>每隔 --interval 秒同步一次，直到按 Ctrl+C。</translation>
    </message>
    <message>
        <source>Seconds between rounds (default 60).</source>
        <translation>两轮同步之间的秒数（默认 60）。</translation>
    </message>
    <message>
        <source>Claims whose actions are sent at once (default 4).</source>
        <translation>同时发送操作的售后单数（默认 4）。</translation>
    </message>
    <message>
        <source>all, pending_review, exchange_reship_pending, awaiting_shipment, due_soon, overdue, platform, sync_failed.</source>
        <translation>all、pending_review、exchange_reship_pending、awaiting_shipment、due_soon、overdue、platform、sync_failed。</translation>
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
        <translation>用法：aftersales [--db PATH|URI] [--now TIME] [--operator NAME] [--json] COMMAND ...

命令行版售后工作台：处理抖店售后单及其截止时间，执行平台规则，
与桌面版工作台使用同一个数据库。

全局选项（写在命令之前）：
  --db PATH|URI      数据库文件（默认：%1），或团队的 PostgreSQL 数据库：
                     postgresql://角色@主机[:端口]/数据库（密码取自
                     PGPASSWORD 或 ~/.pgpass，绝不写在地址中）
  --now TIME         当前时间，ISO 8601 格式并带时区偏移（默认：系统时钟）
  --operator NAME    操作人，记入操作记录（默认：登录用户名；
                     在 PostgreSQL 上始终为登录的角色）
  --policy FILE      规则配置覆盖文件（默认：%2，如存在）
  --json             在标准输出上输出机器可读的 JSON
  --help, --version

命令：
</translation>
    </message>
    <message>
        <source>warning: on a PostgreSQL database the audit trail records the role logged in (%1); --operator %2 is not used.</source>
        <translation>警告：在 PostgreSQL 数据库上，操作记录记下的是登录的角色（%1）；未使用 --operator %2。</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: the workbench takes no backups of it. The server&apos;s own backups apply (pg_dump, or its base backups and archived write-ahead log); ask the database&apos;s administrator.</source>
        <translation>%1 是 PostgreSQL 数据库：工作台不为其备份。请使用服务器自身的备份（pg_dump，或基础备份加归档的预写日志）；请咨询数据库管理员。</translation>
    </message>
    <message>
        <source>--to is required: the address of an empty database, e.g. postgresql://ROLE@HOST/DATABASE.</source>
        <translation>必须提供 --to：一个空数据库的地址，例如 postgresql://角色@主机/数据库。</translation>
    </message>
    <message>
        <source>The copy must go to another database than --db.</source>
        <translation>复制的目标必须是 --db 以外的另一个数据库。</translation>
    </message>
    <message>
        <source>Only the claims assigned to NAME; nobody: unassigned.</source>
        <translation>只显示分配给 NAME 的售后单；nobody：未分配。</translation>
    </message>
    <message>
        <source>Give either --mine or --assignee, not both.</source>
        <translation>--mine 和 --assignee 只能二选一。</translation>
    </message>
    <message>
        <source>--assignee needs a name, or nobody.</source>
        <translation>--assignee 需要一个名字，或 nobody。</translation>
    </message>
    <message>
        <source>With --watch: seconds between rounds (default 10).</source>
        <translation>与 --watch 一起使用：两轮之间的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>claim %1: %2 at %3 (%4 → %5)</source>
        <translation>售后单 %1：%2，时间 %3（%4 → %5）</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.05 to 86400.</source>
        <translation>--interval 必须是 0.05 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <source>this process now runs the team&apos;s automatic steps (it holds the team lock).</source>
        <translation>此进程现在负责团队的自动步骤（持有团队锁）。</translation>
    </message>
    <message>
        <source>the team lock was lost; another process runs the automatic steps.</source>
        <translation>团队锁已失去；由另一个进程负责自动步骤。</translation>
    </message>
    <message>
        <source>Team commands work on a team&apos;s PostgreSQL database (--db postgresql://ROLE@HOST/DATABASE); a database file is one merchant&apos;s.</source>
        <translation>团队命令用于团队的 PostgreSQL 数据库（--db postgresql://角色@主机/数据库）；数据库文件属于单个商家。</translation>
    </message>
    <message>
        <source>Give exactly one role.</source>
        <translation>请只给出一个角色。</translation>
    </message>
    <message>
        <source>--to is required: a name, me, or nobody.</source>
        <translation>必须提供 --to：一个名字、me 或 nobody。</translation>
    </message>
    <message>
        <source>--to needs a name, me, or nobody.</source>
        <translation>--to 需要一个名字、me 或 nobody。</translation>
    </message>
    <message>
        <source>Claim %1: assigned to nobody</source>
        <translation>售后单 %1：未分配给任何人</translation>
    </message>
    <message>
        <source>Claim %1: assigned to %2</source>
        <translation>售后单 %1：已分配给 %2</translation>
    </message>
    <message>
        <source>%1 is now an agent of %2: it reads every claim, acts through the rules and adds events, but never changes or removes one.</source>
        <translation>%1 现在是 %2 的客服：可读取所有售后单，按规则处理并添加操作记录，但不能修改或删除任何记录。</translation>
    </message>
    <message>
        <source>%1 is no longer an agent of %2; what it did stays in the audit trail.</source>
        <translation>%1 不再是 %2 的客服；其操作仍保留在操作记录中。</translation>
    </message>
    <message>
        <source> (me)</source>
        <translation>（我）</translation>
    </message>
    <message>
        <source>%1 orders, %2 claims, %3 events and %4 platform actions copied to %5.</source>
        <translation>已将 %1 个订单、%2 个售后单、%3 条记录和 %4 个平台操作复制到 %5。</translation>
    </message>
    <message>
        <source>The database is consistent: every claim&apos;s audit trail matches its state.</source>
        <translation>数据库一致：每个售后单的操作记录都与其状态相符。</translation>
    </message>
    <message>
        <source>%1 problems found. Ask the server&apos;s administrator to restore the newest good backup.</source>
        <translation>发现 %1 个问题。请服务器管理员恢复最近一份完好的备份。</translation>
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
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
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
    <name>aftersales::databasecopy</name>
    <message>
        <source>%1 already holds orders or claims: a copy goes only into an empty database, so that nothing is mixed or overwritten. Nothing was copied.</source>
        <translation>%1 中已有订单或售后单：只能复制到空数据库，以免混合或覆盖。未复制任何内容。</translation>
    </message>
    <message>
        <source>Copy cancelled; nothing was copied.</source>
        <translation>复制已取消；未复制任何内容。</translation>
    </message>
    <message>
        <source>%1 is connected to a shop on the platform, and %2 does not keep the platform sync: the claims&apos; platform state and the actions waiting to be sent would be lost. Nothing was copied.</source>
        <translation>%1 已连接平台上的店铺，而 %2 不支持平台同步：售后单的平台状态和等待发送的操作将会丢失。未复制任何内容。</translation>
    </message>
    <message>
        <source>%1 is connected to another shop (%2) than %3 (%4). Nothing was copied.</source>
        <translation>%1 连接的店铺（%2）与 %3 的店铺（%4）不同。未复制任何内容。</translation>
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
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
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
        <source>Refunded (yuan)</source>
        <translation>已退款（元）</translation>
    </message>
    <message>
        <source>Compensation (yuan)</source>
        <translation>赔付（元）</translation>
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
    <name>aftersales::platform</name>
    <message>
        <source>no app secret: %1 is not set and %2; set the variable, or connect on a desktop with a keyring</source>
        <translation>没有 App Secret：未设置 %1，且%2；请设置该变量，或在有密钥环的桌面上连接店铺</translation>
    </message>
    <message>
        <source>no app secret: %1 is not set and the keyring holds none for this app key; connect to the shop again</source>
        <translation>没有 App Secret：未设置 %1，且密钥环中没有此 App Key 的密钥；请重新连接店铺</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the platform&apos;s host name was not found</source>
        <translation>找不到平台的主机名</translation>
    </message>
    <message>
        <source>the platform closed the connection before the whole answer came</source>
        <translation>平台在完整答复到达前关闭了连接</translation>
    </message>
    <message>
        <source>the connection closed after the request was sent, before any answer</source>
        <translation>请求发出后、任何答复到达前连接已关闭</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <source>the network is down</source>
        <translation>网络已断开</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>代理出错</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>网络错误 %1</translation>
    </message>
    <message>
        <source>there is no keyring</source>
        <translation>没有密钥环</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a JSON number</source>
        <translation>JSON 数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::HttpTry</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>答复超过 %1 MiB</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有答复</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::OutboxLane</name>
    <message>
        <source>claim %1: the rejection waits for the platform&apos;s list of reject reasons</source>
        <translation>售后单 %1：拒绝需等待平台的拒绝原因列表</translation>
    </message>
    <message>
        <source>not sent: the platform&apos;s list of reject reasons has no match for %1 and no 其他</source>
        <translation>未发送：平台的拒绝原因列表中没有与 %1 对应的原因，也没有“其他”</translation>
    </message>
    <message>
        <source>not sent: the claim changed on the platform before this action was sent (now status %1)</source>
        <translation>未发送：在发送此操作前，售后单已在平台上发生变化（现在状态为 %1）</translation>
    </message>
    <message>
        <source>%1: the platform refused the action: %2 (%3)</source>
        <translation>%1：平台拒绝了该操作：%2（%3）</translation>
    </message>
    <message>
        <source>afterSale.Detail: claim %1&apos;s update_time %2 is older than the %3 the action was sent on</source>
        <translation>afterSale.Detail：售后单 %1 的 update_time %2 早于发送操作时依据的 %3</translation>
    </message>
    <message>
        <source>the answer was lost, and the claim has changed on the platform since (now status %1): the action was not confirmed</source>
        <translation>答复丢失，且售后单此后已在平台上变化（现在状态为 %1）：该操作未得到确认</translation>
    </message>
    <message>
        <source>the answer was lost; the platform had not taken it</source>
        <translation>答复丢失；平台未接受该操作</translation>
    </message>
    <message>
        <source>claim %1: the platform&apos;s answers kept getting lost; the action waits for the next round</source>
        <translation>售后单 %1：平台的答复屡次丢失；该操作等待下一轮</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::PlatformClient</name>
    <message>
        <source>the parameters have no JSON form</source>
        <translation>参数没有 JSON 形式</translation>
    </message>
    <message>
        <source>the platform&apos;s address must start with https:// (the access token travels in it)</source>
        <translation>平台地址必须以 https:// 开头（访问令牌会随请求传输）</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1：未发送：%2</translation>
    </message>
    <message>
        <source>data.shop_id is %1, but the token was asked for shop %2</source>
        <translation>data.shop_id 为 %1，但申请令牌的是店铺 %2</translation>
    </message>
    <message>
        <source>data.shop_id is %1, but the token is for shop %2</source>
        <translation>data.shop_id 为 %1，但令牌属于店铺 %2</translation>
    </message>
    <message>
        <source>%1: no access token: %2</source>
        <translation>%1：没有访问令牌：%2</translation>
    </message>
    <message>
        <source>none was given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1: the answer was unreadable (%2); the platform may have taken the action, read the claim back before sending it again</source>
        <translation>%1：答复无法读取（%2）；平台可能已执行该操作，重新发送前请先读回售后单</translation>
    </message>
    <message>
        <source>%1: the answer was refused: %2</source>
        <translation>%1：答复被拒收：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n tries)</source>
        <translation>
            <numerusform>%1（尝试 %n 次后）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftersales::platform::PullPager</name>
    <message>
        <source>afterSale.List: a page is empty but says more follow; the pull stopped</source>
        <translation>afterSale.List：某页为空却表示后面还有；拉取已停止</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::ShopConnector</name>
    <message>
        <source>The app key is missing.</source>
        <translation>缺少 App Key。</translation>
    </message>
    <message>
        <source>The shop id &quot;%1&quot; is not a string of digits.</source>
        <translation>店铺 ID “%1”不是数字串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the platform&apos;s address (https://…).</source>
        <translation>“%1”不是平台地址（https://…）。</translation>
    </message>
    <message>
        <source>Connected to %1 (shop %2).</source>
        <translation>已连接到 %1（店铺 %2）。</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::SyncRound</name>
    <message>
        <source>This database is not connected to a shop: run &apos;aftersales platform connect&apos; first.</source>
        <translation>此数据库尚未连接店铺：请先运行 &apos;aftersales platform connect&apos;。</translation>
    </message>
    <message>
        <source>Another process (%1) is syncing this database until %2; nothing was sent.</source>
        <translation>另一个进程（%1）正在同步此数据库，直到 %2；未发送任何内容。</translation>
    </message>
    <message>
        <source>The sync lease passed to another process (%1); this round stopped.</source>
        <translation>同步租约已转给另一个进程（%1）；本轮已停止。</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>同步已停止。</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::SyncWorker</name>
    <message>
        <source>This database is not connected to a shop: run &apos;aftersales platform connect&apos; first.</source>
        <translation>此数据库尚未连接店铺：请先运行 &apos;aftersales platform connect&apos;。</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::SystemKeyring</name>
    <message>
        <source>the system keyring is not available (%1)</source>
        <translation>系统密钥环不可用（%1）</translation>
    </message>
    <message>
        <source>the system keyring did not answer</source>
        <translation>系统密钥环没有响应</translation>
    </message>
    <message>
        <source>the system keyring refused to store it (%1)</source>
        <translation>系统密钥环拒绝保存（%1）</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::WireReader</name>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 is %2, expected a whole number</source>
        <translation>%1 为 %2，应为整数</translation>
    </message>
    <message>
        <source>%1 is %2, out of the range %3 to %4</source>
        <translation>%1 为 %2，超出 %3 到 %4 的范围</translation>
    </message>
    <message>
        <source>%1 is a JSON number, expected a string of digits (an id past 2^53 loses digits as a number)</source>
        <translation>%1 是 JSON 数字，应为数字串（超过 2^53 的单号作为数字会丢失位数）</translation>
    </message>
    <message>
        <source>%1 is %2, expected a string of digits</source>
        <translation>%1 为 %2，应为数字串</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected an id of 1 to 19 digits without a leading zero, at most %3</source>
        <translation>%1 为“%2”，应为 1 到 19 位、无前导零、不超过 %3 的单号</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected a string of 1 to %3 digits</source>
        <translation>%1 为“%2”，应为 1 到 %3 位的数字串</translation>
    </message>
    <message>
        <source>%1 is %2, expected a string</source>
        <translation>%1 为 %2，应为字符串</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 expected</source>
        <translation>%1 长 %2 个字符，最多应为 %3 个</translation>
    </message>
    <message>
        <source>%1 is %2, expected true or false</source>
        <translation>%1 为 %2，应为 true 或 false</translation>
    </message>
    <message>
        <source>%1 is %2, expected an object</source>
        <translation>%1 为 %2，应为对象</translation>
    </message>
    <message>
        <source>%1 is %2, expected an array</source>
        <translation>%1 为 %2，应为数组</translation>
    </message>
    <message>
        <source>%1 has %2 items, at most %3 expected</source>
        <translation>%1 有 %2 项，最多应为 %3 项</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::claimfit</name>
    <message>
        <source>the platform&apos;s claim %1 has an id in the range of claims made here; it was not taken</source>
        <translation>平台售后单 %1 的单号落在本地创建售后单的范围内；未接收</translation>
    </message>
    <message>
        <source>claim %1 was made or imported here, so the platform&apos;s claim with the same id was not taken; rename or remove the local one</source>
        <translation>售后单 %1 是在本机创建或导入的，因此未接收平台上同号的售后单；请重命名或删除本地售后单</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::envelope</name>
    <message>
        <source>the answer is empty</source>
        <translation>答复为空</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>答复不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>答复不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: the access token has expired (%2: %3)</source>
        <translation>%1：访问令牌已过期（%2：%3）</translation>
    </message>
    <message>
        <source>%1: the platform refused the app&apos;s credentials (%2 %3: %4); check the app key and the app secret</source>
        <translation>%1：平台拒绝了应用的凭据（%2 %3：%4）；请检查 App Key 和 App Secret</translation>
    </message>
    <message>
        <source>%1: the shop&apos;s authorisation of the app is gone (%2: %3); authorise the app again in the shop&apos;s back office</source>
        <translation>%1：店铺对应用的授权已失效（%2：%3）；请在店铺后台重新授权该应用</translation>
    </message>
    <message>
        <source>%1: the platform refused the action: %2 (%3)</source>
        <translation>%1：平台拒绝了该操作：%2（%3）</translation>
    </message>
    <message>
        <source>%1: the platform limits the traffic (%2: %3)</source>
        <translation>%1：平台限流（%2：%3）</translation>
    </message>
    <message>
        <source>%1: the platform had a service error (%2: %3)</source>
        <translation>%1：平台服务出错（%2：%3）</translation>
    </message>
    <message>
        <source>%1: the platform answered code %2 (%3: %4)</source>
        <translation>%1：平台返回代码 %2（%3：%4）</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::trypolicy</name>
    <message>
        <source>%1: %2; the platform may have taken the action, read the claim back before sending it again</source>
        <translation>%1：%2；平台可能已执行该操作，重新发送前请先读回售后单</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot reach the platform: %2</source>
        <translation>%1：无法连接平台：%2</translation>
    </message>
    <message>
        <source>%1: the answer was refused: %2</source>
        <translation>%1：答复被拒收：%2</translation>
    </message>
    <message>
        <source>the platform answered HTTP %1</source>
        <translation>平台返回 HTTP %1</translation>
    </message>
    <message>
        <source>%1: the platform limits the traffic (HTTP 429)</source>
        <translation>%1：平台限流（HTTP 429）</translation>
    </message>
    <message>
        <source>HTTP %1, and %2</source>
        <translation>HTTP %1，且%2</translation>
    </message>
    <message>
        <source>the answer was unreadable (%1)</source>
        <translation>答复无法读取（%1）</translation>
    </message>
    <message>
        <source>a success under HTTP %1</source>
        <translation>HTTP %1 下的成功答复</translation>
    </message>
    <message>
        <source>the platform had a service error (%1: %2)</source>
        <translation>平台服务出错（%1：%2）</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::wireparse</name>
    <message>
        <source>%1 is %2, expected 0 or a time from %3 on</source>
        <translation>%1 为 %2，应为 0 或 %3 之后的时间</translation>
    </message>
    <message>
        <source>%1 is %2, not a claim type code of RULES.md</source>
        <translation>%1 为 %2，不是 RULES.md 中的售后类型代码</translation>
    </message>
    <message>
        <source>%1 is %2, not a claim status code of RULES.md</source>
        <translation>%1 为 %2，不是 RULES.md 中的售后状态代码</translation>
    </message>
    <message>
        <source>data.page and data.size are %1 and %2, but page %3 of size %4 was asked</source>
        <translation>data.page 和 data.size 为 %1 和 %2，但请求的是第 %3 页、每页 %4</translation>
    </message>
    <message>
        <source>%1 is %2, expected an object</source>
        <translation>%1 为 %2，应为对象</translation>
    </message>
    <message>
        <source>%1 is %2, but %3 was asked</source>
        <translation>%1 为 %2，但请求的是 %3</translation>
    </message>
    <message>
        <source>%1 is %2, which was not sent or is answered twice</source>
        <translation>%1 为 %2，该单号未发送或被重复答复</translation>
    </message>
    <message>
        <source>data.items answers %1 of the %2 claims sent</source>
        <translation>data.items 答复了发送的 %2 个售后单中的 %1 个</translation>
    </message>
    <message>
        <source>%1 is %2 a second time</source>
        <translation>%1 再次出现 %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
</context>
<context>
    <name>aftersales::platform::wirerequests</name>
    <message>
        <source>%1 must be 1 to %2 characters</source>
        <translation>%1 必须为 1 到 %2 个字符</translation>
    </message>
    <message>
        <source>an operate item has no claim id</source>
        <translation>一个处理项没有售后单号</translation>
    </message>
    <message>
        <source>claim %1: update_time %2 is out of range</source>
        <translation>售后单 %1：update_time %2 超出范围</translation>
    </message>
    <message>
        <source>claim %1: a refusal (type %2) needs a reject reason code</source>
        <translation>售后单 %1：拒绝（类型 %2）需要拒绝原因代码</translation>
    </message>
    <message>
        <source>claim %1: the reject reason code is negative</source>
        <translation>售后单 %1：拒绝原因代码为负数</translation>
    </message>
    <message>
        <source>claim %1: type 311 ships the new item and needs its logistics</source>
        <translation>售后单 %1：类型 311 会寄出新商品，需要其物流信息</translation>
    </message>
    <message>
        <source>claim %1: the remark is longer than 500 characters</source>
        <translation>售后单 %1：备注超过 500 个字符</translation>
    </message>
    <message>
        <source>claim %1: the carrier code</source>
        <translation>售后单 %1：物流公司代码</translation>
    </message>
    <message>
        <source>claim %1: the tracking number</source>
        <translation>售后单 %1：运单号</translation>
    </message>
    <message>
        <source>the shop id must be a string of digits</source>
        <translation>店铺 ID 必须是数字串</translation>
    </message>
    <message>
        <source>there is no refresh token</source>
        <translation>没有刷新令牌</translation>
    </message>
    <message>
        <source>a page size must be 1 to 100, not %1</source>
        <translation>每页数量必须为 1 到 100，而不是 %1</translation>
    </message>
    <message>
        <source>the page number %1 is out of range</source>
        <translation>页码 %1 超出范围</translation>
    </message>
    <message>
        <source>the update time window %1 to %2 is not valid</source>
        <translation>更新时间范围 %1 至 %2 无效</translation>
    </message>
    <message>
        <source>a claim id must be positive</source>
        <translation>售后单号必须为正数</translation>
    </message>
    <message>
        <source>%1 is not an operate type of the platform</source>
        <translation>%1 不是平台的处理类型</translation>
    </message>
    <message>
        <source>an operate request carries 1 to 50 claims</source>
        <translation>一次处理请求包含 1 到 50 个售后单</translation>
    </message>
    <message>
        <source>claim %1 is twice in one operate request</source>
        <translation>售后单 %1 在一次处理请求中出现两次</translation>
    </message>
    <message>
        <source>the carrier code</source>
        <translation>物流公司代码</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>aftersales::platformqueue</name>
    <message>
        <source>Claim %1 lives on the platform, which has no operation for this action on it; nothing was changed.</source>
        <translation>售后单 %1 在平台上，平台对它没有与此操作对应的处理；未做任何更改。</translation>
    </message>
    <message>
        <source>On the platform the return of claim %1 is confirmed together with the new item&apos;s shipment: enter its tracking number instead.</source>
        <translation>在平台上，售后单 %1 的退货确认与新商品的发货一起完成：请改为填写其运单号。</translation>
    </message>
</context>
<context>
    <name>aftersales::postgres</name>
    <message>
        <source>The database address carries a password; it was not used and is not repeated here. Give the address without it (postgresql://ROLE@HOST/DATABASE): the password comes only from PGPASSWORD or the password file (~/.pgpass, or the file PGPASSFILE names).</source>
        <translation>数据库地址中带有密码；未使用该密码，此处也不再显示。请给出不含密码的地址（postgresql://角色@主机/数据库）：密码只取自 PGPASSWORD 或密码文件（~/.pgpass，或 PGPASSFILE 指定的文件）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as postgresql://ROLE@HOST[:PORT]/DATABASE.</source>
        <translation>“%1”不是 PostgreSQL 地址；请写成 postgresql://角色@主机[:端口]/数据库。</translation>
    </message>
    <message>
        <source>%1: name the database after the host, as in postgresql://ROLE@HOST[:PORT]/DATABASE.</source>
        <translation>%1：请在主机之后写明数据库名，如 postgresql://角色@主机[:端口]/数据库。</translation>
    </message>
    <message>
        <source>%1: the port must be a number from 1 to 65535.</source>
        <translation>%1：端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation>%1：sslmode 必须是 %2 之一。</translation>
    </message>
    <message>
        <source>%1: the parameter &quot;%2&quot; is not supported; this program passes on host, port and sslmode.</source>
        <translation>%1：不支持参数“%2”；本程序只传递 host、port 和 sslmode。</translation>
    </message>
    <message>
        <source>%1: one host only.</source>
        <translation>%1：只能有一个主机。</translation>
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
        <source>%1: not a database this program can open; give the path of a database file, or a PostgreSQL address (postgresql://ROLE@HOST[:PORT]/DATABASE).</source>
        <translation>%1：不是本程序能打开的数据库；请给出数据库文件的路径，或 PostgreSQL 地址（postgresql://角色@主机[:端口]/数据库）。</translation>
    </message>
</context>
<context>
    <name>aftersales::syncsql</name>
    <message>
        <source>actions are queued for the platform, but the claim is not on the platform</source>
        <translation>有操作排队等待发往平台，但该售后单不在平台上</translation>
    </message>
    <message>
        <source>a claim that is not on the platform is marked as syncing</source>
        <translation>不在平台上的售后单被标记为同步中</translation>
    </message>
    <message>
        <source>actions wait to be sent behind a refused one</source>
        <translation>有操作排在一个被拒绝的操作之后等待发送</translation>
    </message>
    <message>
        <source>the sync state (%1) does not match the queued actions (%2 expected)</source>
        <translation>同步状态（%1）与排队的操作不符（应为 %2）</translation>
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
    <name>aftersales::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n claim(s)</source>
        <translation>
            <numerusform>分配 %n 个售后单</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>分配给(&amp;T)：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
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
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::ConnectDialog</name>
    <message>
        <source>Checking with the platform…</source>
        <translation>正在向平台核验…</translation>
    </message>
    <message>
        <source>Connect to shop</source>
        <translation>连接店铺</translation>
    </message>
    <message>
        <source>Connect this workbench to your shop on the Douyin open platform with a self-used app (自用型). The app secret is kept in the system keyring, never in a file.</source>
        <translation>通过自用型应用将本工作台连接到您在抖店开放平台上的店铺。App Secret 保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>App Key(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Shop id:</source>
        <translation>店铺 ID(&amp;S)：</translation>
    </message>
    <message>
        <source>App s&amp;ecret:</source>
        <translation>App Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>Leave empty to use the one already kept</source>
        <translation>留空则使用已保存的密钥</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>高级(&amp;A)</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Leave empty for the open platform (%1); a local simulator is http://127.0.0.1:PORT.</source>
        <translation>留空即使用开放平台（%1）；本地模拟器为 http://127.0.0.1:端口。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
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
    <message>
        <source>The platform refused the last action on this claim.</source>
        <translation>平台拒绝了该售后单的最近一次操作。</translation>
    </message>
    <message>
        <source>The platform refused the last action on this claim: %1</source>
        <translation>平台拒绝了该售后单的最近一次操作：%1</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>标记为已查看</translation>
    </message>
    <message>
        <source>The claim leaves Sync failed; it shows the platform&apos;s state.</source>
        <translation>该售后单将离开“同步失败”；显示平台上的状态。</translation>
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
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation>处理人(&amp;I)：</translation>
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
    <message>
        <source>Claim %1 skipped: %2</source>
        <translation>已跳过售后单 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: not allowed in its status.</source>
        <translation>
            <numerusform>跳过 %n 个：当前状态下不允许。</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim %1 was changed outside this window: it is now %2.</source>
        <translation>售后单 %1 已在本窗口之外被更改：现在为 %2。</translation>
    </message>
    <message>
        <source>Claim %1 was changed outside this window (by another program or at a deadline) and left this list: it is now %2.</source>
        <translation>售后单 %1 已在本窗口之外被更改（由其他程序或因到期）并离开了此列表：现在为 %2。</translation>
    </message>
    <message>
        <source>No claim is selected, so no action reaches a claim you have not looked at. Press ↓ or J for the claim that took its place.</source>
        <translation>未选中任何售后单，因此操作不会作用于您没看过的售后单。按 ↓ 或 J 选择补位的售后单。</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) selected.</source>
        <translation>
            <numerusform>已选 %n 个售后单。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): none of them can be.</source>
        <translation>%1（%2）：均不可执行。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of them; %4 skipped, not allowed in their status.</source>
        <translation>%1（%2）：其中 %3 个；跳过 %4 个，当前状态下不允许。</translation>
    </message>
    <message>
        <source>Other actions work on one claim at a time.</source>
        <translation>其他操作一次只能处理一个售后单。</translation>
    </message>
    <message>
        <source>%1: no claim is selected. Select one with ↓ or J first.</source>
        <translation>%1：未选中售后单。请先用 ↓ 或 J 选择一个。</translation>
    </message>
    <message numerus="yes">
        <source>%1 works on one claim at a time: %n claims are selected.</source>
        <translation>
            <numerusform>%1 一次只能处理一个售后单：当前选中了 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 applies to none of the %n selected claims in their status.</source>
        <translation>
            <numerusform>%1 不适用于所选 %n 个售后单的当前状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>it is %1.</source>
        <translation>当前为%1。</translation>
    </message>
    <message>
        <source>%1 does not apply to claim %2: %3</source>
        <translation>%1 不适用于售后单 %2：%3</translation>
    </message>
    <message>
        <source>No claims here: none in “%1” matches “%2”.
Clear the search to see them all.</source>
        <translation>这里没有售后单：“%1”中没有与“%2”匹配的。
清除搜索即可查看全部。</translation>
    </message>
    <message>
        <source>No claims here: none in “%1” has the type or status chosen above.
Set them back to “all” to see the others.</source>
        <translation>这里没有售后单：“%1”中没有符合上方所选类型或状态的。
将其改回“全部”即可查看其他售后单。</translation>
    </message>
    <message>
        <source>No claims here: this database holds none yet.
Import the platform&apos;s claims with File → Import claims….</source>
        <translation>这里没有售后单：此数据库中还没有售后单。
通过 文件 → 导入售后单… 导入平台的售后单。</translation>
    </message>
    <message>
        <source>No claims here: nothing in “%1” waits for you now.
Another quick filter above may have some.</source>
        <translation>这里没有售后单：“%1”中目前没有等您处理的。
上方其他快捷筛选中可能有。</translation>
    </message>
    <message>
        <source>Claims are being loaded into the database; the list and counts follow when it is done.</source>
        <translation>正在向数据库载入售后单；载入完成后列表和数量随即更新。</translation>
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
    <message>
        <source>Language, time zone, operator, sync interval and platform rules</source>
        <translation>语言、时区、处理人、同步间隔和平台规则</translation>
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
        <source>Money at risk in the next 24 h: %1 on %n claim(s) — %2</source>
        <translation>
            <numerusform>未来 24 小时资金风险：%1，涉及 %n 个售后单 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims whose deadline falls in the next 24 hours and what letting them lapse costs. Click to list them.</source>
        <translation>截止时间在未来 24 小时内的售后单，以及超时未处理将造成的损失。点击列出这些售后单。</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show the list you had before the money-at-risk filter</source>
        <translation>返回资金风险筛选之前的列表</translation>
    </message>
    <message>
        <source>%1 compensation</source>
        <translation>%1 赔付</translation>
    </message>
    <message numerus="yes">
        <source>%n of them also refunded in full, %1</source>
        <translation>
            <numerusform>其中 %n 个还会全额退款，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late shipment(s)</source>
        <translation>
            <numerusform>%n 个超时发货</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
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
    <name>aftersales::ui::QuickFilterTab</name>
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
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>订单号：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Buyer&apos;s reason:</source>
        <translation>售后原因：</translation>
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
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Only on Sync now (F6)</source>
        <translation>仅在立即同步（F6）时</translation>
    </message>
    <message>
        <source>How often the workbench sends waiting actions to the platform and pulls what changed there; 0: only when asked.</source>
        <translation>工作台向平台发送待发操作并拉取平台变化的频率；0：仅在手动要求时。</translation>
    </message>
    <message>
        <source>Comma-separated product categories open to reshipment, by name or code: %1</source>
        <translation>可补寄的商品类目，以逗号分隔，填名称或代码：%1</translation>
    </message>
    <message>
        <source>S&amp;ync with the platform every:</source>
        <translation>与平台同步间隔(&amp;Y)：</translation>
    </message>
    <message>
        <source>How many claims&apos; actions are sent to the platform at the same time; each claim&apos;s own actions always go one after another, in the order they were made. More is faster on a slow network.</source>
        <translation>同时向平台发送几个售后单的操作；同一售后单的操作总是按操作顺序逐个发送。网络较慢时，数值越大越快。</translation>
    </message>
    <message>
        <source>Claims sent to the platform at &amp;once:</source>
        <translation>同时发送到平台的售后单数(&amp;O)：</translation>
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
    <name>aftersales::ui::SyncController</name>
    <message numerus="yes">
        <source>The platform refused %n action(s): see Sync failed.</source>
        <translation>
            <numerusform>平台拒绝了 %n 个操作：请查看“同步失败”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1 claim(s) new or changed, %2 action(s) delivered.</source>
        <translation>已同步：%1 个售后单新增或变化，已送达 %2 个操作。</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>同步已停止：%1</translation>
    </message>
    <message>
        <source>The platform refused the connection: check the app key, the app secret and the shop id.
%1</source>
        <translation>平台拒绝了连接：请检查 App Key、App Secret 和店铺 ID。
%1</translation>
    </message>
    <message>
        <source>The platform could not be reached at %1: check the address and the network.
%2</source>
        <translation>无法通过 %1 连接平台：请检查地址和网络。
%2</translation>
    </message>
    <message>
        <source>Enter the app secret.
%1</source>
        <translation>请输入 App Secret。
%1</translation>
    </message>
    <message>
        <source>The connection could not be recorded: %1</source>
        <translation>无法记录此连接：%1</translation>
    </message>
    <message>
        <source>Sync status unknown</source>
        <translation>同步状态未知</translation>
    </message>
    <message>
        <source>Not connected to a shop</source>
        <translation>未连接店铺</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 个被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>This database is not connected to a shop: File → Connect to shop… connects it.</source>
        <translation>此数据库尚未连接店铺：通过 文件 → 连接店铺… 连接。</translation>
    </message>
    <message>
        <source>Shop: %1 (shop id %2) at %3</source>
        <translation>店铺：%1（店铺 ID %2），地址 %3</translation>
    </message>
    <message>
        <source>A sync is running.</source>
        <translation>正在同步。</translation>
    </message>
    <message>
        <source>Last round: %1 claim(s) new or changed, %2 action(s) delivered.</source>
        <translation>上一轮：%1 个售后单新增或变化，已送达 %2 个操作。</translation>
    </message>
    <message>
        <source>Last round stopped: %1</source>
        <translation>上一轮已停止：%1</translation>
    </message>
    <message>
        <source>Actions waiting to be sent to the platform: %1</source>
        <translation>等待发往平台的操作：%1</translation>
    </message>
    <message>
        <source>Actions refused by the platform, not seen yet: %1</source>
        <translation>被平台拒绝且尚未查看的操作：%1</translation>
    </message>
    <message>
        <source>  Claim %1: %2</source>
        <translation>  售后单 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n second(s) in the background.</source>
        <translation>
            <numerusform>每 %n 秒在后台同步一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs only when asked (Sync now, F6).</source>
        <translation>仅在手动要求时同步（立即同步，F6）。</translation>
    </message>
    <message>
        <source>Co&amp;nnect to shop…</source>
        <translation>连接店铺(&amp;N)…</translation>
    </message>
    <message>
        <source>Connect this workbench to your shop on the open platform</source>
        <translation>将本工作台连接到您在开放平台上的店铺</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Send the waiting actions and pull what changed on the platform (%1)</source>
        <translation>发送等待中的操作并拉取平台上的变化（%1）</translation>
    </message>
    <message>
        <source>Show &amp;refused claims</source>
        <translation>显示被拒绝的售后单(&amp;R)</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 claims pulled…</source>
        <translation>正在同步：已拉取 %1 / %2 个售后单…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 actions sent…</source>
        <translation>正在同步：已发送 %1 / %2 个操作…</translation>
    </message>
    <message>
        <source>Another desktop of the team syncs in the background (it holds the team lock); Sync now (F6) syncs from here.</source>
        <translation>团队中的另一台电脑在后台同步（它持有团队锁）；“立即同步”(F6) 会从本机同步。</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::TeamDatabaseDialog</name>
    <message>
        <source>Open team database</source>
        <translation>打开团队数据库</translation>
    </message>
    <message>
        <source>The address of your team&apos;s PostgreSQL database, with your own role. The password is not part of it: it comes from PGPASSWORD or the password file (~/.pgpass).</source>
        <translation>团队 PostgreSQL 数据库的地址，使用您自己的角色。密码不包含在地址中：取自 PGPASSWORD 或密码文件（~/.pgpass）。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>aftersales::ui::TeamTools</name>
    <message>
        <source>Database file %1 · as %2</source>
        <translation>数据库文件 %1 · 身份 %2</translation>
    </message>
    <message>
        <source>Team database %1 · as %2 · this window runs the automatic steps</source>
        <translation>团队数据库 %1 · 身份 %2 · 本窗口负责自动步骤</translation>
    </message>
    <message>
        <source>Team database %1 · as %2</source>
        <translation>团队数据库 %1 · 身份 %2</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>售后单 %1：%2</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) assigned to nobody.</source>
        <translation>
            <numerusform>%n 个售后单已取消分配。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) assigned to %1.</source>
        <translation>
            <numerusform>%n 个售后单已分配给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>分配给我(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;ssign to…</source>
        <translation>分配给(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;team database…</source>
        <translation>打开团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the &amp;local database file</source>
        <translation>打开本地数据库文件(&amp;L)</translation>
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
    <message>
        <source>Save &amp;rows to fix…</source>
        <translation>保存待修正的行(&amp;R)…</translation>
    </message>
    <message>
        <source>A CSV of the rows not shipped, each with why, to send back to the warehouse</source>
        <translation>未发货的行及其原因组成的 CSV，可发回仓库</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) shipped.</source>
        <translation>
            <numerusform>已发货 %n 个售后单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n row(s) were not: save them for the warehouse to fix, then import them again.</source>
        <translation>
            <numerusform>这 %n 行未发货：保存下来交仓库修正后再导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save rows to fix</source>
        <translation>保存待修正的行</translation>
    </message>
    <message>
        <source>%1-to-fix.csv</source>
        <translation>%1-待修正.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 可用的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to fix saved to %1.</source>
        <translation>
            <numerusform>已将 %n 行待修正内容保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <message>
        <source>Connect this database to a shop on the open platform (the app secret from AFTERSALES_APP_SECRET or the keyring), checked with token/create.</source>
        <translation>将此数据库连接到开放平台上的店铺（App Secret 取自 AFTERSALES_APP_SECRET 或密钥环），通过 token/create 核验。</translation>
    </message>
    <message>
        <source>The shop, the last pull, the actions waiting to be sent and those the platform refused.</source>
        <translation>店铺、上次拉取、等待发送的操作以及被平台拒绝的操作。</translation>
    </message>
    <message>
        <source>Mark the platform&apos;s refusals of a claim&apos;s actions as seen (it leaves the sync_failed list).</source>
        <translation>将平台对某售后单操作的拒绝标记为已查看（它将离开 sync_failed 列表）。</translation>
    </message>
    <message>
        <source>One round with the platform: send the actions waiting, then pull what changed; --watch repeats it until stopped.</source>
        <translation>与平台同步一轮：先发送等待中的操作，再拉取变化；--watch 会一直重复直到停止。</translation>
    </message>
    <message>
        <source>Copy every order, claim and event (ids, versions and the audit trail kept) into an empty database, e.g. a team&apos;s PostgreSQL server.</source>
        <translation>将所有订单、售后单和操作记录（保留单号、版本和操作记录）复制到一个空数据库，例如团队的 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Apply every automatic step that is due and print what changed; --watch keeps at it (on a team&apos;s database, while this process holds the team lock).</source>
        <translation>执行所有到期的自动步骤并打印变化；--watch 持续执行（在团队数据库上，仅当此进程持有团队锁时）。</translation>
    </message>
    <message>
        <source>Assign claims to an agent (--to NAME, me, or nobody).</source>
        <translation>将售后单分配给客服（--to 名字、me 或 nobody）。</translation>
    </message>
    <message>
        <source>PostgreSQL, by the database&apos;s owner: give an existing login role an agent&apos;s rights.</source>
        <translation>PostgreSQL，由数据库所有者执行：授予一个已有的可登录角色客服权限。</translation>
    </message>
    <message>
        <source>PostgreSQL, by the database&apos;s owner: take an agent&apos;s rights back.</source>
        <translation>PostgreSQL，由数据库所有者执行：收回客服权限。</translation>
    </message>
    <message>
        <source>PostgreSQL: the roles that may work the queue.</source>
        <translation>PostgreSQL：可以处理队列的角色。</translation>
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
    <message>
        <source>Cannot open the database %1.

%2

The local database file opens instead.</source>
        <translation>无法打开数据库 %1。

%2

改为打开本地数据库文件。</translation>
    </message>
    <message>
        <source>on a PostgreSQL database the audit trail records the role logged in (%1); --operator %2 is not used.</source>
        <translation>在 PostgreSQL 数据库上，操作记录记下的是登录的角色（%1）；未使用 --operator %2。</translation>
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
    <message>
        <source>Local only</source>
        <translation>仅本地</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>被平台拒绝</translation>
    </message>
    <message>
        <source>Platform&apos;s refusal seen</source>
        <translation>已查看平台的拒绝</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>未插旗</translation>
    </message>
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
        <source>Smart home</source>
        <translation>智能家居</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>数码</translation>
    </message>
    <message>
        <source>Home and living</source>
        <translation>家居生活</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation>服饰</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>美妆</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
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
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>My pending</source>
        <translation>我的待处理</translation>
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
