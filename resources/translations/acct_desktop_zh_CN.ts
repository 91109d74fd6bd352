<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountCommands</name>
    <message>
        <source>&amp;New account…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>New c&amp;hild account…</source>
        <translation>新建下级客户(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Expand all below</source>
        <translation>展开全部下级</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制编码</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Plan visits for it and everything below…</source>
        <translation>为其及全部下级规划拜访…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New account under %1</source>
        <translation>在“%1”下新建客户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>归档 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n active accounts below it. Archive them too?</source>
        <translation>
            <numerusform>%1 下面有 %n 个有效客户。一并归档吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>One undo step brings them all back.</source>
        <translation>撤销一步即可全部恢复。</translation>
    </message>
    <message>
        <source>Archive all</source>
        <translation>全部归档</translation>
    </message>
</context>
<context>
    <name>AccountFilterMenu</name>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>拜访逾期</translation>
    </message>
    <message>
        <source>Issues past deadline</source>
        <translation>问题已逾期</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Show archived accounts</source>
        <translation>显示已归档客户</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country (ISO)</source>
        <translation>国家（ISO 代码）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>已恢复您上次输入的内容（尚未保存）。</translation>
    </message>
</context>
<context>
    <name>AccountQuestion</name>
    <message>
        <source>Import vCards</source>
        <translation>导入 vCard</translation>
    </message>
    <message>
        <source>Which account do the contacts in %1 belong to?</source>
        <translation>%1 中的联系人属于哪个客户？</translation>
    </message>
    <message>
        <source>Search accounts by name or code</source>
        <translation>按名称或代码搜索客户</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Type part of a name or code and pick the account.</source>
        <translation>请输入名称或代码的一部分，然后选择客户。</translation>
    </message>
</context>
<context>
    <name>AccountTreeDock</name>
    <message>
        <source>By hierarchy</source>
        <translation>按层级</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Search name, code, city, contact, tag… (Ctrl+F)</source>
        <translation>搜索名称、编码、城市、联系人、标签… (Ctrl+F)</translation>
    </message>
    <message>
        <source>No accounts yet — import a spreadsheet or add one.</source>
        <translation>还没有客户 —— 请导入电子表格或新建一个。</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filtered list · counting… · %1</source>
        <translation>筛选结果 · 正在计数… · %1</translation>
    </message>
    <message>
        <source>%1 matching accounts · %2</source>
        <translation>%1 个匹配客户 · %2</translation>
    </message>
</context>
<context>
    <name>AlertsDock</name>
    <message>
        <source>Find an alert: account or text (Ctrl+F)</source>
        <translation>查找提醒：客户或内容 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find an alert</source>
        <translation>查找提醒</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open what the alert is about (Enter)</source>
        <translation>打开提醒所涉及的内容 (Enter)</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <source>Hide the alert, with a reason, until what it is about changes (Delete)</source>
        <translation>注明原因后隐藏此提醒，直到相关内容发生变化 (Delete)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Show a snoozed or dismissed alert again</source>
        <translation>重新显示已暂缓或已忽略的提醒</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the alerts again (F5)</source>
        <translation>重新读取提醒 (F5)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>暂缓到明天</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>暂缓到下周一</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>暂缓一周</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>暂缓到指定日期…</translation>
    </message>
    <message>
        <source>Hide the alert until a day you choose</source>
        <translation>隐藏此提醒，直到您选择的日期</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>显示已忽略</translation>
    </message>
    <message>
        <source>Also list the alerts you snoozed or dismissed</source>
        <translation>同时列出已暂缓或已忽略的提醒</translation>
    </message>
    <message>
        <source>The alerts could not be read (%1). Press F5 to try again.</source>
        <translation>无法读取提醒（%1）。请按 F5 重试。</translation>
    </message>
    <message>
        <source>Open a database to see what needs you today.</source>
        <translation>打开数据库，查看今天需要您处理的事项。</translation>
    </message>
    <message>
        <source>Reading alerts…</source>
        <translation>正在读取提醒…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>今天没有需要您处理的事项。</translation>
    </message>
    <message>
        <source>%1 snoozed or dismissed: show them</source>
        <translation>%1 条已暂缓或已忽略：显示</translation>
    </message>
    <message>
        <source>No alert matches the search. Clear it to see them all.</source>
        <translation>没有与搜索匹配的提醒。清空搜索即可查看全部。</translation>
    </message>
    <message>
        <source>snooze the alert “%1”</source>
        <translation>暂缓提醒“%1”</translation>
    </message>
    <message>
        <source>dismiss the alert “%1”</source>
        <translation>忽略提醒“%1”</translation>
    </message>
    <message>
        <source>show the alert “%1” again</source>
        <translation>重新显示提醒“%1”</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>These lines are outside the price policy:</source>
        <translation>以下行不符合价格政策：</translation>
    </message>
    <message>
        <source>Name and role, e.g. Wang Li, regional director</source>
        <translation>姓名和职务，例如：王力，区域总监</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>审批人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Recorded with the time. Changing a flagged line afterwards cancels the approval, and the quote must be approved again.</source>
        <translation>将连同时间一并记录。之后修改已标记的行会撤销此审批，报价单须重新审批。</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>草稿已删除</translation>
    </message>
    <message>
        <source>Brought back (Undo)</source>
        <translation>已恢复（撤销）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>返利阶梯</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation>签字扫描件</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Base policy</source>
        <translation>基准政策</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>起订数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>定价规则</translation>
    </message>
    <message>
        <source>Guide price</source>
        <translation>指导价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>计价基准</translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>取整到</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>附加费</translation>
    </message>
    <message>
        <source>Minimum margin</source>
        <translation>最低毛利</translation>
    </message>
    <message>
        <source>Maximum margin</source>
        <translation>最高毛利</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>Minimum markup % (over cost)</source>
        <translation>最低成本加成率（%，基于成本）</translation>
    </message>
    <message>
        <source>Maximum discount</source>
        <translation>最大折扣</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>审批阈值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签订人</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>返利</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>上级客户</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Purchasing policy</source>
        <translation>采购政策</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Whose side</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>询价日期</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>要求交货日期</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Quote discount</source>
        <translation>报价折扣</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>交货条件</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>订单确认</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>草稿已放弃</translation>
    </message>
    <message>
        <source>Repriced</source>
        <translation>已重新定价</translation>
    </message>
    <message>
        <source>Revision of</source>
        <translation>修订自</translation>
    </message>
    <message>
        <source>Declined by</source>
        <translation>拒绝人</translation>
    </message>
    <message>
        <source>Line moved</source>
        <translation>行已移动</translation>
    </message>
    <message>
        <source>Line duplicated</source>
        <translation>行已复制</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Price policy</source>
        <translation>价格政策</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>动销</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Prices as agreed</source>
        <translation>价格符合约定</translation>
    </message>
    <message>
        <source>POS material in place</source>
        <translation>店内物料到位</translation>
    </message>
    <message>
        <source>Takes part in the promotion</source>
        <translation>参与促销</translation>
    </message>
    <message>
        <source>Would recommend us (0-10)</source>
        <translation>推荐意愿（0-10）</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>No change has been recorded for it yet (records brought in by the demo or an import start their history at their first change here).</source>
        <translation>尚无变更记录（由演示数据或导入带入的记录，从其在此处的首次变更开始记录历史）。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>A team database is backed up by its server, not by acct-desktop: ask whoever runs the server about its backups.</source>
        <translation>团队数据库由其服务器备份，而不是由 acct-desktop 备份：备份事宜请咨询服务器的管理人员。</translation>
    </message>
    <message>
        <source>This is a server database: the server&apos;s administrator backs it up (pg_dump), not acct-desktop.</source>
        <translation>这是服务器数据库：由服务器管理员负责备份 (pg_dump)，而非 acct-desktop。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 次拜访写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Visit calendar</source>
        <translation>拜访日历</translation>
    </message>
    <message>
        <source>Preparing visit sheets…</source>
        <translation>正在准备拜访单…</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was printed.</source>
        <translation>已取消打印。未打印任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the details.</source>
        <translation>
            <numerusform>……还有 %n 条，请查看详细信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip them and import the rest</source>
        <translation>跳过这些并导入其余部分</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Read a calendar file</source>
        <translation>读取日历文件</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>No written checklist yet. Issue one from the account&apos;s open issues (Issue checklist…); the customer stamps it and you attach the scan.</source>
        <translation>尚无书面确认清单。请根据该客户的未结问题出具一份（出具确认清单…）；客户盖章后，由您附上扫描件。</translation>
    </message>
    <message>
        <source>Issue checklist…</source>
        <translation>出具确认清单…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Re-issue…</source>
        <translation>重新出具…</translation>
    </message>
    <message>
        <source>Attach stamped copy…</source>
        <translation>附加盖章件…</translation>
    </message>
    <message>
        <source>Open stamped copy</source>
        <translation>打开盖章件</translation>
    </message>
    <message>
        <source>Verify a file…</source>
        <translation>验证文件…</translation>
    </message>
    <message>
        <source>Save the sealed checklist</source>
        <translation>保存已签章的确认清单</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>%1 is marked stamped by the customer.</source>
        <translation>%1 已标记为客户已盖章。</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Cannot reach the team database — what you type is kept; Save it once the database is back.</source>
        <translation>无法连接团队数据库——您输入的内容已保留；数据库恢复后请保存。</translation>
    </message>
    <message>
        <source>Cannot open the database file — what you type is kept; Save it once the file is back.</source>
        <translation>无法打开数据库文件——您输入的内容已保留；文件恢复后请保存。</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>1 = little say … 5 = decides</source>
        <translation>1 = 几乎无发言权 … 5 = 拍板决定</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Messenger id:</source>
        <translation>即时通讯账号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Role in the decision:</source>
        <translation>决策角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Attitude to us:</source>
        <translation>对我方态度(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Influence:</source>
        <translation>影响力(&amp;I)：</translation>
    </message>
    <message>
        <source>Report&amp;s to:</source>
        <translation>汇报对象(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Last contact:</source>
        <translation>上次联系(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>您输入的内容已保留：关闭表单后重新打开，即可看到对方的修改及您覆盖其上的内容。</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>已恢复您上次输入的内容（尚未保存）。</translation>
    </message>
</context>
<context>
    <name>ContactMapCommands</name>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Arrange as org chart</source>
        <translation>按组织结构图排列</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Import vCards…</source>
        <translation>导入 vCard…</translation>
    </message>
    <message>
        <source>Export vCards…</source>
        <translation>导出 vCard…</translation>
    </message>
    <message>
        <source>Contact map</source>
        <translation>联系人关系图</translation>
    </message>
    <message>
        <source>Choose an account first: a contact is added to the current account.</source>
        <translation>请先选择一个客户：联系人将添加到当前客户。</translation>
    </message>
    <message>
        <source>add contact %1</source>
        <translation>添加联系人 %1</translation>
    </message>
    <message>
        <source>edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
    <message>
        <source>change whom %1 reports to</source>
        <translation>更改 %1 的上级</translation>
    </message>
    <message>
        <source>remove %1 from the map</source>
        <translation>从关系图中移除 %1</translation>
    </message>
    <message>
        <source>%1 manages %2</source>
        <translation>%1 管理 %2</translation>
    </message>
    <message>
        <source>%1 influences %2</source>
        <translation>%1 影响 %2</translation>
    </message>
    <message>
        <source>%1 is allied with %2</source>
        <translation>%1 与 %2 结盟</translation>
    </message>
    <message>
        <source>%1 is in conflict with %2</source>
        <translation>%1 与 %2 有冲突</translation>
    </message>
    <message>
        <source>%1 knows %2</source>
        <translation>%1 认识 %2</translation>
    </message>
    <message>
        <source>link %1 and %2 (%3)</source>
        <translation>关联 %1 与 %2（%3）</translation>
    </message>
    <message>
        <source>remove relationship “%1”</source>
        <translation>移除关系“%1”</translation>
    </message>
    <message numerus="yes">
        <source>move %n cards on the contact map</source>
        <translation>
            <numerusform>移动关系图上的 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>arrange the map as an org chart</source>
        <translation>按组织架构排列关系图</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Remove from the map (archive)</source>
        <translation>从关系图中移除（归档）</translation>
    </message>
    <message>
        <source>Remove relationship “%1”</source>
        <translation>删除关系“%1”</translation>
    </message>
    <message>
        <source>Add contact here…</source>
        <translation>在此添加联系人…</translation>
    </message>
    <message>
        <source>Choose the account the contacts belong to first.</source>
        <translation>请先选择联系人所属的客户。</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>导入 vCard</translation>
    </message>
    <message>
        <source>vCards (*.vcf *.vcard)</source>
        <translation>vCard 文件 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <source>Their name becomes a placeholder; phones, e-mails, notes and relationships are removed, and their name is replaced in visit reports and issues. Visits still count. This cannot be undone. Why are you erasing it?</source>
        <translation>其姓名将替换为占位名称；电话、电子邮件、备注和关系将被删除，拜访报告和问题中的姓名也会被替换。拜访仍计入统计。此操作无法撤销。删除的原因是什么？</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>导出关系图</translation>
    </message>
</context>
<context>
    <name>ContactMapDock</name>
    <message>
        <source>Select an account to see its people and who reports to whom.</source>
        <translation>选择一个客户，查看其人员及汇报关系。</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>With child accounts</source>
        <translation>包含下级客户</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>All attitudes</source>
        <translation>全部态度</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Flag people not contacted for longer than this</source>
        <translation>标记超过此天数未联系的人员</translation>
    </message>
    <message>
        <source>Not contacted for over</source>
        <translation>未联系超过</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>查找联系人</translation>
    </message>
    <message>
        <source>Border weight and ●●●○○ = influence</source>
        <translation>边框粗细与 ●●●○○ = 影响力</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>No accounts yet: import accounts (File → Import accounts…) or add one (Ctrl+N in the account tree) first, then add who decides there.</source>
        <translation>还没有客户：请先导入客户（文件 → 导入客户…）或新建一个（在客户树中按 Ctrl+N），再添加在该客户中做决定的人。</translation>
    </message>
    <message>
        <source>Select an account to see who decides there.</source>
        <translation>选择一个客户，查看谁在该客户中做决定。</translation>
    </message>
    <message>
        <source>No contacts recorded for this account yet.</source>
        <translation>该客户尚未登记联系人。</translation>
    </message>
    <message>
        <source>Nobody is known at this account yet. Double-click the map (or Add contact) to add the first person.</source>
        <translation>该客户尚无已知人员。双击关系图（或点击“添加联系人”）添加第一位联系人。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Single-threaded: one contact only</source>
        <translation>单线联系：只有一位联系人</translation>
    </message>
    <message>
        <source>Nobody as: %1</source>
        <translation>无人担任：%1</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>阻碍者：%1</translation>
    </message>
    <message>
        <source>Champions: %1</source>
        <translation>拥护者：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Not contacted for over %1 days:</source>
        <translation>超过 %1 天未联系：</translation>
    </message>
    <message>
        <source>Every role covered</source>
        <translation>所有角色均已覆盖</translation>
    </message>
    <message>
        <source>%1 people at %2 accounts</source>
        <translation>%2 个客户共 %1 人</translation>
    </message>
    <message>
        <source>No decision maker at %1 accounts:</source>
        <translation>%1 个客户无决策者：</translation>
    </message>
    <message>
        <source>Blockers: %1</source>
        <translation>阻碍者：%1</translation>
    </message>
</context>
<context>
    <name>ContactMapKeys</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>This list cannot be read while the database cannot be reached — it comes back when the database answers.</source>
        <translation>无法连接数据库时无法读取此列表——数据库恢复后即会显示。</translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <source>Days off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>No new visits are proposed on your days off; visits already booked on them stay as they are.</source>
        <translation>休息日不会安排新的拜访；这些日子里已预约的拜访保持不变。</translation>
    </message>
    <message>
        <source>&amp;Add days off</source>
        <translation>添加休息日(&amp;A)</translation>
    </message>
</context>
<context>
    <name>DaysOffRow</name>
    <message>
        <source>e.g. leave, training</source>
        <translation>如：休假、培训</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Approved by (required):</source>
        <translation>批准人（必填）(&amp;A)：</translation>
    </message>
    <message>
        <source>Who decided, e.g. Wang Li, sales director, by phone</source>
        <translation>决定人，例如：王丽，销售总监，电话批准</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Why — it is recorded with your name and the time, for whoever asks later</source>
        <translation>原因——将连同您的姓名和时间一并记录，供日后查询</translation>
    </message>
    <message>
        <source>This is a decision, not an edit: Undo (Ctrl+Z) does not reverse it. It stays in the record&apos;s history.</source>
        <translation>这是一项决定，而非编辑：撤销 (Ctrl+Z) 无法还原。它将保留在记录的历史中。</translation>
    </message>
</context>
<context>
    <name>DemoActions</name>
    <message>
        <source>Open the de&amp;mo database</source>
        <translation>打开演示数据库(&amp;M)</translation>
    </message>
    <message>
        <source>A sample territory to try everything on, made the first time it is opened</source>
        <translation>用来试用各项功能的示例区域，首次打开时创建</translation>
    </message>
    <message>
        <source>Creating the demo database (200 sample accounts)…</source>
        <translation>正在创建演示数据库（200 个示例客户）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>无法创建演示数据库：%1</translation>
    </message>
</context>
<context>
    <name>DiscrepancyFormDialog</name>
    <message>
        <source>Discrepancy form</source>
        <translation>差异分析表</translation>
    </message>
    <message>
        <source>What the figures and the visit showed</source>
        <translation>数据和拜访反映的情况</translation>
    </message>
    <message>
        <source>What will be done about it</source>
        <translation>将采取的措施</translation>
    </message>
    <message>
        <source>How we will see it worked, e.g. outbound ≥ plan</source>
        <translation>如何判断措施有效，例如：出库 ≥ 计划</translation>
    </message>
    <message>
        <source>Make it a customer issue</source>
        <translation>转为客户问题</translation>
    </message>
    <message>
        <source>Track the action in the issues register, with its deadline</source>
        <translation>在问题登记中跟踪此措施及其截止日期</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Suspected cause</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>KPI of the action</source>
        <translation>措施考核指标</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer issue</source>
        <translation>客户问题</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>已恢复您上次输入的内容（尚未保存）。</translation>
    </message>
    <message>
        <source>(none — the button makes one)</source>
        <translation>（无——点击按钮创建）</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss alert</source>
        <translation>忽略提醒</translation>
    </message>
    <message>
        <source>Why it does not need you, e.g. “Customer agreed a new date by phone.”</source>
        <translation>为何无需您处理，例如：“客户已通过电话同意新日期。”</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>It comes back if what it is about changes.</source>
        <translation>如果相关内容发生变化，提醒会重新出现。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>DockFocus</name>
    <message>
        <source>&amp;Next dock</source>
        <translation>下一个面板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous dock</source>
        <translation>上一个面板(&amp;P)</translation>
    </message>
    <message>
        <source>Close &amp;dock</source>
        <translation>关闭面板(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DockKeys</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Print the monthly summary…</source>
        <translation>打印月度总结…</translation>
    </message>
    <message>
        <source>the profile card</source>
        <translation>客户档案卡</translation>
    </message>
    <message>
        <source>Delete does nothing in the profile card: archive an account with Delete in the account tree.</source>
        <translation>Delete 键在客户档案卡中不起作用：请在客户树中用 Delete 归档客户。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DockTour</name>
    <message>
        <source>Skip tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Shortcut: %1 (%2)</source>
        <translation>快捷键：%1（%2）</translation>
    </message>
    <message>
        <source>Your customers as head offices, branches and outlets. Choose one and every other dock follows it.</source>
        <translation>您的客户按总部、分支和门店排列。选中一个客户，其他各面板都会随之切换。</translation>
    </message>
    <message>
        <source>Profile card</source>
        <translation>客户档案卡</translation>
    </message>
    <message>
        <source>Everything about the chosen account in tabs: details, contacts, visits, prices, quotes and issues.</source>
        <translation>所选客户的全部信息，分页显示：资料、联系人、拜访、价格、报价和问题。</translation>
    </message>
    <message>
        <source>What needs you now: visits and issues overdue, quotes about to expire, rebates late. Double-click one to open it; Today on the top bar brings today forward.</source>
        <translation>眼下需要您处理的事：逾期的拜访和问题、即将到期的报价、迟到的返利。双击一条即可打开；顶栏的“今天”按钮会跳到今天。</translation>
    </message>
    <message>
        <source>Your visits by week or month; drag one to move it. Plan visits… suggests who is due and books the week.</source>
        <translation>按周或按月查看拜访，拖动即可改期。“规划拜访…”会列出该拜访的客户并排好一周。</translation>
    </message>
    <message>
        <source>Who decides at the chosen account and who reports to whom; its Territory tab shows your accounts on a map.</source>
        <translation>所选客户由谁拍板、谁向谁汇报；“区域”页在地图上显示您的客户。</translation>
    </message>
    <message>
        <source>Quotes priced from the account&apos;s policies and rebates, saved as a draft as you type and printed as PDF.</source>
        <translation>按客户的价格政策和返利定价的报价，输入时自动存为草稿，可打印为 PDF。</translation>
    </message>
    <message>
        <source>The register of price policies and rebate agreements, from draft to approved, with their signed scans.</source>
        <translation>价格政策和返利协议的登记簿，从草稿到批准，附签字扫描件。</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <source>Accounts, contacts, visits, quotes and issues by any word, from anywhere in the window. + New beside it adds any of them.</source>
        <translation>在窗口任何位置按任意词搜索客户、联系人、拜访、报价和问题。旁边的“+ 新建”可添加其中任何一项。</translation>
    </message>
</context>
<context>
    <name>DockUndo</name>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>&amp;Encrypt database…</source>
        <translation>加密数据库(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Decrypt database…</source>
        <translation>解密数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1（已加密）</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <source>Encrypt %1? Its key is kept in this computer&apos;s keyring, and you get a recovery key to store safely. The database is closed while it is copied and opened again afterwards.</source>
        <translation>要加密 %1 吗？其密钥保存在本机的密钥环中，您还会获得一个恢复密钥，请妥善保管。复制期间数据库将关闭，完成后重新打开。</translation>
    </message>
    <message>
        <source>Protect the new database</source>
        <translation>保护新数据库</translation>
    </message>
    <message>
        <source>Encrypt %1? Recommended on a laptop: nobody can read the file without this Windows account&apos;s keyring or the recovery key you will be shown next.</source>
        <translation>要加密 %1 吗？建议在笔记本电脑上使用：没有此 Windows 账户的密钥环或接下来显示的恢复密钥，任何人都无法读取该文件。</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>正在加密…</translation>
    </message>
    <message>
        <source>Decrypt database</source>
        <translation>解密数据库</translation>
    </message>
    <message>
        <source>Decrypt %1? Afterwards anyone who can read the file, or a copy of it, can read its data.</source>
        <translation>要解密 %1 吗？解密后，任何能读取该文件或其副本的人都能读取其中的数据。</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>正在解密…</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Import accounts</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>No database is open. Create a new database for the accounts in %1, or open an existing one, and the import follows.</source>
        <translation>当前没有打开的数据库。请为 %1 中的客户新建一个数据库，或打开现有数据库，随后即开始导入。</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>打开现有数据库…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>全部范围</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>适用于：%1</translation>
    </message>
    <message>
        <source>Ending: any time</source>
        <translation>到期：不限</translation>
    </message>
    <message>
        <source>Ending within </source>
        <translation>到期时间不超过 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Only what ends between today and today + N days (0: any end date)</source>
        <translation>仅显示从今天起 N 天内到期的项目（0：不限到期日期）</translation>
    </message>
    <message>
        <source>Entered late only</source>
        <translation>仅显示逾期录入</translation>
    </message>
</context>
<context>
    <name>FormDraft</name>
    <message>
        <source>Changed by someone else meanwhile: &apos;%1&apos;; your text is kept here.</source>
        <translation>其他人在此期间已修改为：&apos;%1&apos;；这里保留的是您输入的内容。</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>未勾选</translation>
    </message>
</context>
<context>
    <name>GlobalHitsModel</name>
    <message numerus="yes">
        <source>%1 — %Ln found</source>
        <translation>
            <numerusform>%1 — 共找到 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Back to the first hits of every kind (Esc)</source>
        <translation>返回各类的前几项结果（Esc）</translation>
    </message>
    <message>
        <source>Show all…</source>
        <translation>显示全部…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln</source>
        <translation>
            <numerusform>显示全部 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hit of this kind, in a list that reads more as you scroll</source>
        <translation>此类的全部结果，列表随滚动继续读取</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBar</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search accounts, contacts, quotes… (%1)</source>
        <translation>搜索客户、联系人、报价…（%1）</translation>
    </message>
    <message>
        <source>Accounts, contacts, quotes, issues and checklists, by any part of a name or number; accents and case do not matter</source>
        <translation>按名称或编号的任意部分查找客户、联系人、报价、问题和确认清单；不区分重音和大小写</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Today in the calendar, and today&apos;s alerts</source>
        <translation>日历跳到今天，并显示今天的提醒</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>全局搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search needs a database with accounts: open one, or start below.</source>
        <translation>搜索需要一个有客户的数据库：请打开一个，或从下方开始。</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>sales figures</source>
        <translation>销售数据</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>从 %2 导入%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) · %1</source>
        <translation>
            <numerusform>%Ln 行 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(refuse the row)</source>
        <translation>（拒绝该行）</translation>
    </message>
    <message>
        <source>Kind when the file gives none</source>
        <translation>文件未指定类型时使用</translation>
    </message>
    <message>
        <source>Figures replaced in the file&apos;s months</source>
        <translation>文件所含月份中替换的数据</translation>
    </message>
    <message>
        <source>Column names in row</source>
        <translation>列名所在行</translation>
    </message>
    <message>
        <source>The row of the file that holds the column names. Rows above it (a title, group names over merged cells) are not imported.</source>
        <translation>文件中包含列名的行。它上面的行（标题、合并单元格上的分组名称）不会导入。</translation>
    </message>
    <message>
        <source>The column names are read from row %1, the row with these headers.</source>
        <translation>列名取自第 %1 行，即包含这些表头的那一行。</translation>
    </message>
    <message>
        <source>Choose the column that holds “%1”: it is required.</source>
        <translation>请选择包含“%1”的列：此项为必填。</translation>
    </message>
    <message>
        <source>If line %1 does not hold the column names, choose the row that does under “Column names in row”.</source>
        <translation>如果第 %1 行不是列名，请在“列名所在行”中选择列名所在的行。</translation>
    </message>
    <message>
        <source>For the rows that name no measure, choose one under “Measure when the file gives none”, then import again.</source>
        <translation>对于未注明指标的行，请在“文件未指定指标时使用”中选择一个指标，然后重新导入。</translation>
    </message>
    <message>
        <source>1 account code of this file is not in the database yet: import that account first (File → Import accounts…), then this file again.</source>
        <translation>本文件中有 1 个客户编码尚不在数据库中：请先导入该客户（文件 → 导入客户…），再重新导入本文件。</translation>
    </message>
    <message>
        <source>%1 account codes of this file are not in the database yet: import those accounts first (File → Import accounts…), then this file again.</source>
        <translation>本文件中有 %1 个客户编码尚不在数据库中：请先导入这些客户（文件 → 导入客户…），再重新导入本文件。</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>Branch-warehouse outbound</source>
        <translation>分仓出库</translation>
    </message>
    <message>
        <source>Terminal sell-out</source>
        <translation>终端销售</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Words in the measure column</source>
        <translation>指标列中的词</translation>
    </message>
    <message>
        <source>(not a measure: refuse its rows)</source>
        <translation>（不是指标：拒绝这些行）</translation>
    </message>
    <message>
        <source>Measure when the file gives none</source>
        <translation>文件未指定指标时使用</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Columns chosen as for your last import of a file with these headers (%1). Check them before importing.</source>
        <translation>已按您上次导入相同列标题文件时的选择设置各列（%1）。导入前请核对。</translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>正在检查并导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected problem (%1). Nothing was written.</source>
        <translation>导入因意外问题而停止（%1），未写入任何数据。</translation>
    </message>
    <message>
        <source>Only the accounts and measures in the file</source>
        <translation>仅文件中的客户和指标</translation>
    </message>
    <message>
        <source>Every account of the file&apos;s territories</source>
        <translation>文件所涉区域的所有客户</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>The file replaces the figures of the months it holds. By default only those of its own accounts, for the measures it has for each. When a corrected file moves figures from one account to another, choose the accounts of its territories or every account, so the wrong figures go too.</source>
        <translation>文件会替换其所含月份的数据。默认只替换文件中客户的数据，且只替换文件为各客户给出的指标。如果更正后的文件把数据从一个客户移到了另一个客户，请选择其区域的所有客户或所有客户，这样错误的数据也会被删除。</translation>
    </message>
    <message>
        <source>The dates are right: import the rows of each of these months (%1)</source>
        <translation>日期无误：导入以下各月的行（%1）</translation>
    </message>
    <message>
        <source>“%1” looks like a quantity, not an amount: its numbers would be booked as money. Choose the amount column above, or tick the box if “%1” does hold the amounts.</source>
        <translation>“%1”看起来是数量，不是金额：其中的数字会被记成金额。请在上面选择金额列；如果“%1”确实是金额，请勾选下面的框。</translation>
    </message>
    <message>
        <source>On every row “%1” holds the same number as the quantity. Choose the amount column above, or tick the box if “%1” does hold the amounts.</source>
        <translation>“%1”每一行的数字都与数量相同。请在上面选择金额列；如果“%1”确实是金额，请勾选下面的框。</translation>
    </message>
    <message>
        <source>“%1” holds the amounts (money)</source>
        <translation>“%1”确实是金额</translation>
    </message>
    <message>
        <source>If “%1” holds the quantities, choose it under “%2” and import again. If the file has no quantities, tick the box below the problems and import again.</source>
        <translation>如果“%1”是数量，请在“%2”下选择它，然后重新导入。如果文件中没有数量，请勾选问题下方的复选框，然后重新导入。</translation>
    </message>
    <message>
        <source>If a column holds the quantities, choose it under “%2” and import again. If the file has no quantities, tick the box below the problems and import again.</source>
        <translation>如果某一列是数量，请在“%2”下选择它，然后重新导入。如果文件中没有数量，请勾选问题下方的复选框，然后重新导入。</translation>
    </message>
    <message>
        <source>Correct a mistyped date in the file and import it again. If the dates are right, tick the box below the problems and import again.</source>
        <translation>请在文件中更正输错的日期，然后重新导入。如果日期无误，请勾选问题下方的复选框，然后重新导入。</translation>
    </message>
    <message>
        <source>If “%1” holds quantities, choose it under “%2” and the amount column under “%3”. If it does hold the amounts, tick the box below “%3” and import again.</source>
        <translation>如果“%1”是数量，请在“%2”下选择它，并在“%3”下选择金额列。如果它确实是金额，请勾选“%3”下面的框，然后重新导入。</translation>
    </message>
    <message>
        <source>If “%1” holds quantities, choose the amount column under “%3”. If it does hold the amounts, tick the box below “%3” and import again.</source>
        <translation>如果“%1”是数量，请在“%3”下选择金额列。如果它确实是金额，请勾选“%3”下面的框，然后重新导入。</translation>
    </message>
    <message>
        <source>If “%1” holds the amounts, choose it under “%2” and import again. If the file has no amounts, tick the box below the problems and import again.</source>
        <translation>如果“%1”是金额，请在“%2”下选择它，然后重新导入。如果文件中没有金额，请勾选问题下方的复选框，然后重新导入。</translation>
    </message>
    <message>
        <source>The file has no amounts: its figures, and those it replaces, get amount 0</source>
        <translation>文件中没有金额：导入的数据及被替换的数据，金额都为 0</translation>
    </message>
    <message>
        <source>The file has no quantities: its figures, and those it replaces, get quantity 0</source>
        <translation>文件中没有数量：导入的数据及被替换的数据，数量都为 0</translation>
    </message>
    <message>
        <source>If a column holds the amounts, choose it under “%2” and import again. If the file has no amounts, tick the box below the problems and import again.</source>
        <translation>如果某一列是金额，请在“%2”下选择它，然后重新导入。如果文件中没有金额，请勾选问题下方的复选框，然后重新导入。</translation>
    </message>
    <message>
        <source>Choose “%1” under “%2”, then import again.</source>
        <translation>请在“%2”中选择“%1”，然后重新导入。</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>%1 已导入</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>UTF-32</source>
        <translation>UTF-32</translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation>简体中文（GB18030）</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西欧语言（Windows-1252）</translation>
    </message>
    <message>
        <source>Western European (Latin-1)</source>
        <translation>西欧语言（Latin-1）</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>各列以逗号分隔</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>各列以分号分隔</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>各列以制表符分隔</translation>
    </message>
    <message>
        <source>columns separated by vertical bars</source>
        <translation>各列以竖线分隔</translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Excel 工作簿，工作表 %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>CSV file, %1 text</source>
        <translation>CSV 文件，%1 文本</translation>
    </message>
    <message>
        <source>CSV file, %1 text, %2</source>
        <translation>CSV 文件，%1 文本，%2</translation>
    </message>
</context>
<context>
    <name>IssueBulkEditDialog</name>
    <message>
        <source>Bulk edit issues</source>
        <translation>批量编辑问题</translation>
    </message>
    <message>
        <source>Change %1 issues. Tick what to set; the rest stays as it is.</source>
        <translation>修改 %1 个问题。勾选要设置的项，其余保持不变。</translation>
    </message>
    <message>
        <source>Set responsible</source>
        <translation>设置责任人</translation>
    </message>
    <message>
        <source>Person or team</source>
        <translation>人员或团队</translation>
    </message>
    <message>
        <source>Set deadline</source>
        <translation>设置截止日期</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>How they were resolved</source>
        <translation>问题的解决方式</translation>
    </message>
</context>
<context>
    <name>IssueChecklistDialog</name>
    <message>
        <source>Written checklist — %1</source>
        <translation>书面确认清单 — %1</translation>
    </message>
    <message>
        <source>With the issues of the accounts below it</source>
        <translation>包含下级客户的问题</translation>
    </message>
    <message>
        <source>Also list the open issues of every account below this one (its branches, stores, warehouses); each line names its account and the printed checklist says it covers them</source>
        <translation>同时列出本客户下所有客户（分支机构、门店、仓库）的未结问题；每项注明所属客户，打印的确认清单也会说明其涵盖范围</translation>
    </message>
    <message>
        <source>Re-issue as the next revision. Issues to list:</source>
        <translation>作为下一版本重新出具。要列出的问题：</translation>
    </message>
    <message>
        <source>Open issues to list on the checklist:</source>
        <translation>要列入确认清单的未结问题：</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Printed in %1 (the account&apos;s document language).</source>
        <translation>打印语言：%1（该客户的文件语言）。</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>我的信息…</translation>
    </message>
    <message>
        <source>Issue and seal…</source>
        <translation>出具并签章…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · 已逾期</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>截止日期 %1</translation>
    </message>
    <message>
        <source>Neither this account nor any account below it has open issues to put on a checklist.</source>
        <translation>本客户及其下所有客户都没有可列入确认清单的未结问题。</translation>
    </message>
    <message>
        <source>This account has no open issues of its own. Tick “With the issues of the accounts below it” to list theirs.</source>
        <translation>本客户自身没有未结问题。勾选“包含下级客户的问题”即可列出下级客户的问题。</translation>
    </message>
    <message>
        <source>This account has no open issues to put on a checklist.</source>
        <translation>该客户没有可列入确认清单的未结问题。</translation>
    </message>
    <message>
        <source>Issued and sealed by %1 (%2)</source>
        <translation>由 %1（%2）出具并签章</translation>
    </message>
    <message>
        <source>Fill in your name and company first (My details…).</source>
        <translation>请先填写您的姓名和公司（我的信息…）。</translation>
    </message>
    <message>
        <source>Tick at least one issue to list.</source>
        <translation>请至少勾选一个要列出的问题。</translation>
    </message>
    <message>
        <source>Creating your seal key (first time only), then printing and sealing…</source>
        <translation>正在创建您的签章密钥（仅首次），然后打印并签章…</translation>
    </message>
    <message>
        <source>Printing and sealing…</source>
        <translation>正在打印并签章…</translation>
    </message>
    <message>
        <source>%1 still waits for the customer&apos;s stamp and lists some of these issues.</source>
        <translation>%1 仍在等待客户盖章，且列有其中部分问题。</translation>
    </message>
    <message>
        <source>Re-issue it as R%1 (it then replaces %2), or issue a second checklist?</source>
        <translation>将其重新出具为 R%1（替代 %2），还是另出具一份确认清单？</translation>
    </message>
    <message>
        <source>Re-issue as R%1</source>
        <translation>重新出具为 R%1</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>新的确认清单</translation>
    </message>
    <message>
        <source>%1 is issued and sealed (verification code %2).</source>
        <translation>%1 已出具并签章（验证码 %2）。</translation>
    </message>
    <message>
        <source>It could not be saved to %1: %2. Save it again from the list.</source>
        <translation>无法保存到 %1：%2。请从列表中重新保存。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the sealed checklist</source>
        <translation>保存已签章的确认清单</translation>
    </message>
</context>
<context>
    <name>IssueCommands</name>
    <message>
        <source>New issue…</source>
        <translation>新建问题…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>批量编辑…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Go to account</source>
        <translation>转到客户</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Search issues</source>
        <translation>搜索问题</translation>
    </message>
    <message>
        <source>Raise an issue for the current account (Ctrl+N)</source>
        <translation>为当前客户提出问题 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose an account first: an issue is raised for the current account.</source>
        <translation>请先选择一个客户：问题针对当前客户提出。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Select two or more issues to change them together</source>
        <translation>选择两个或更多问题以一并修改</translation>
    </message>
    <message>
        <source>Withdraw issues raised by mistake (Delete)</source>
        <translation>撤回误提的问题 (Delete)</translation>
    </message>
    <message>
        <source>Make the issue&apos;s account the current account</source>
        <translation>将该问题所属客户设为当前客户</translation>
    </message>
    <message>
        <source>Who changed the issue, when and what (Ctrl+H)</source>
        <translation>谁在何时修改了此问题的哪些内容（Ctrl+H）</translation>
    </message>
    <message>
        <source>Customer issues</source>
        <translation>客户问题</translation>
    </message>
    <message>
        <source>raise issue</source>
        <translation>提出问题</translation>
    </message>
    <message>
        <source>New customer issue</source>
        <translation>新建客户问题</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Edit issue %1</source>
        <translation>编辑问题 %1</translation>
    </message>
    <message>
        <source>bulk edit %1 issues</source>
        <translation>批量编辑 %1 个问题</translation>
    </message>
    <message>
        <source>withdraw %1</source>
        <translation>撤回 %1</translation>
    </message>
</context>
<context>
    <name>IssueFormDialog</name>
    <message>
        <source>Customer issue</source>
        <translation>客户问题</translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation>客户反映的情况（按客户原话）</translation>
    </message>
    <message>
        <source>Person or team</source>
        <translation>人员或团队</translation>
    </message>
    <message>
        <source>Whose person must resolve it: ours or the customer&apos;s</source>
        <translation>由哪一方负责解决：我方还是客户方</translation>
    </message>
    <message>
        <source>(not from a visit)</source>
        <translation>（非拜访中提出）</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Raised at visit</source>
        <translation>提出于拜访</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>已恢复您上次输入的内容（尚未保存）。</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>Needed once the issue is resolved or verified</source>
        <translation>问题解决或核实后必填</translation>
    </message>
</context>
<context>
    <name>IssuesDock</name>
    <message>
        <source>No issues match these filters. Choose “All statuses”, clear the search, or raise one for the current account with New issue (Ctrl+N).</source>
        <translation>没有符合这些筛选条件的问题。请选择“全部状态”、清除搜索，或用“新建问题”(Ctrl+N) 为当前客户提出问题。</translation>
    </message>
    <message>
        <source>Click to show only the issues past their deadline</source>
        <translation>单击仅显示已逾期的问题</translation>
    </message>
    <message>
        <source>Open &amp; in progress</source>
        <translation>待处理 &amp; 处理中</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Only the current account and below</source>
        <translation>仅当前客户及其下级</translation>
    </message>
    <message>
        <source>Search number, description, account (Ctrl+F)</source>
        <translation>搜索编号、描述、客户 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Accents and case do not matter (ha noi finds Hà Nội); every word counts</source>
        <translation>不区分声调符号和大小写（ha noi 可找到 Hà Nội）；输入的每个词都须出现</translation>
    </message>
    <message>
        <source>No issues yet, and no accounts to raise one for: import accounts or add one first (File → Import accounts…, or Ctrl+N in the account tree).</source>
        <translation>还没有问题，也没有可以登记问题的客户：请先导入客户或新建一个（文件 → 导入客户…，或在客户树中按 Ctrl+N）。</translation>
    </message>
    <message>
        <source>No issues yet. Choose an account and press Ctrl+N here (New issue…), or note one in a visit report.</source>
        <translation>还没有问题。选择一个客户后在这里按 Ctrl+N（新建问题…），或在拜访报告中记下问题。</translation>
    </message>
    <message>
        <source>● %1 past deadline</source>
        <translation>● %1 个已逾期</translation>
    </message>
    <message>
        <source>✓ Nothing past deadline</source>
        <translation>✓ 无逾期问题</translation>
    </message>
</context>
<context>
    <name>IssuesTab</name>
    <message>
        <source>With child accounts</source>
        <translation>包含下级客户</translation>
    </message>
    <message>
        <source>Also list the issues of every account below this one, each with its account</source>
        <translation>同时列出其下所有客户的问题，每行注明所属客户</translation>
    </message>
    <message>
        <source>No customer issues recorded here or in its child accounts.</source>
        <translation>本客户及其下级客户均无客户问题记录。</translation>
    </message>
    <message>
        <source>No customer issues recorded.</source>
        <translation>没有客户问题记录。</translation>
    </message>
</context>
<context>
    <name>KeptQuoteEdits</name>
    <message>
        <source>Not saved: typed while the database could not be reached, and changed meanwhile or no longer possible.</source>
        <translation>未保存：这些修改是在无法连接数据库时输入的，期间已被他人修改或已无法执行。</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <translation>您输入的是：%1</translation>
    </message>
</context>
<context>
    <name>ListPrint</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>LoginActions</name>
    <message>
        <source>Team database password</source>
        <translation>团队数据库密码</translation>
    </message>
    <message>
        <source>Password of %1 (kept in the system keyring):</source>
        <translation>%1 的密码（保存在系统密钥环中）：</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <source>What is the &amp;price…</source>
        <translation>查询价格(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>报价(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import accounts…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to a quote, typed while the database could not be reached, are not saved yet. Closing now loses them; kept open, they are saved as soon as the database answers.</source>
        <translation>
            <numerusform>在无法连接数据库时对报价单所做的 %n 处修改尚未保存。现在关闭将丢失这些修改；保持窗口打开，数据库一恢复响应就会保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to a quote, typed while the database could not be reached, are not saved yet. Opening another database now loses them; staying on this one, they are saved as soon as the database answers.</source>
        <translation>
            <numerusform>在无法连接数据库时对报价单所做的 %n 处修改尚未保存。现在打开另一个数据库将丢失这些修改；留在当前数据库，数据库一恢复响应就会保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay on this database</source>
        <translation>留在当前数据库</translation>
    </message>
    <message>
        <source>Open and lose them</source>
        <translation>打开并丢弃修改</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>保持窗口打开</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>关闭并丢弃修改</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>导入联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;sales…</source>
        <translation>导入销售数据(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport accounts…</source>
        <translation>导出客户(&amp;X)…</translation>
    </message>
    <message>
        <source>Ex&amp;port contacts…</source>
        <translation>导出联系人(&amp;P)…</translation>
    </message>
    <message>
        <source>Search &amp;bar</source>
        <translation>搜索栏(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sales targets…</source>
        <translation>销售目标(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tour of the docks</source>
        <translation>面板导览(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About acct-desktop</source>
        <translation>关于 acct-desktop(&amp;A)</translation>
    </message>
    <message>
        <source>(no recent databases)</source>
        <translation>（无最近使用的数据库）</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open database to open it.</source>
        <translation>%1 已存在。请选择新的文件名，或使用“打开数据库”打开它。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>About acct-desktop</source>
        <translation>关于 acct-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;acct-desktop %1&lt;/h3&gt;&lt;p&gt;Accounts, contacts, visits, price policies, rebates, quotes and sealed issue checklists, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;acct-desktop %1&lt;/h3&gt;&lt;p&gt;离线管理客户、联系人、拜访、价格政策、返利、报价以及已签章的问题确认清单。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The database answers again; Save what you typed meanwhile.</source>
        <translation>数据库已恢复连接；请保存您在此期间输入的内容。</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>db: %1 · counting… · team database</source>
        <translation>数据库：%1 · 正在统计… · 团队数据库</translation>
    </message>
    <message>
        <source>db: %1 · counting… · offline</source>
        <translation>数据库：%1 · 正在计数… · 离线</translation>
    </message>
    <message>
        <source>db: %1 · no counts while the team database is away</source>
        <translation>数据库：%1 · 团队数据库不可用，暂无统计</translation>
    </message>
    <message>
        <source>db: %1 · no counts while the database file is away</source>
        <translation>数据库：%1 · 数据库文件不可用，暂无统计</translation>
    </message>
    <message>
        <source>db: %1 · %2 accounts · %3 contacts · %4 visits · team database</source>
        <translation>数据库：%1 · %2 个客户 · %3 个联系人 · %4 次拜访 · 团队数据库</translation>
    </message>
    <message>
        <source>db: %1 · %2 accounts · %3 contacts · %4 visits · offline</source>
        <translation>数据库：%1 · %2 个客户 · %3 位联系人 · %4 次拜访 · 离线</translation>
    </message>
    <message>
        <source>last backup %1</source>
        <translation>上次备份 %1</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>acct-desktop hit an unexpected problem and stopped that action. Your saved data is safe. If it happens again, send the log file to support.</source>
        <translation>acct-desktop 遇到意外问题，已停止该操作。您已保存的数据是安全的。如果问题再次出现，请将日志文件发送给技术支持。</translation>
    </message>
    <message>
        <source>M&amp;onthly summary…</source>
        <translation>月度总结(&amp;O)…</translation>
    </message>
    <message>
        <source>The month against plan, with your commentary, as a PDF for your manager</source>
        <translation>本月与计划的对比及您的点评，生成 PDF 提交给您的上级</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>The language is not switched: the window is built again from the database, and it cannot be reached. Try again once it is back; nothing you typed is lost.</source>
        <translation>未切换语言：窗口需要根据数据库重新构建，而数据库目前无法连接。请在数据库恢复后再试；您输入的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>ManagerDetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>我的信息</translation>
    </message>
    <message>
        <source>Printed on every checklist and quote you issue, and in your seal certificate when it is made.</source>
        <translation>将打印在您出具的每份确认清单和报价单上，并在创建签章证书时写入证书。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message numerus="yes">
        <source>Visit overdue by %n day(s)</source>
        <translation>
            <numerusform>拜访已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next visit due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后应再次拜访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) past deadline</source>
        <translation>
            <numerusform>%n 个问题已过期限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) here</source>
        <translation>
            <numerusform>此处 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) without latitude and longitude.</source>
        <translation>
            <numerusform>%n 个客户没有经纬度。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlySummaryDialog</name>
    <message>
        <source>Monthly summary</source>
        <translation>月度总结</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>区域(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>PDF 语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Overview:</source>
        <translation>总体情况：</translation>
    </message>
    <message>
        <source>Plan execution:</source>
        <translation>计划执行情况：</translation>
    </message>
    <message>
        <source>Customer issues:</source>
        <translation>客户问题：</translation>
    </message>
    <message>
        <source>Next month&apos;s focus:</source>
        <translation>下月工作重点：</translation>
    </message>
    <message>
        <source>Your comment, printed at the top of this section</source>
        <translation>您的点评，打印在本节顶部</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Commentary (saved as you type)</source>
        <translation>点评（输入时自动保存）</translation>
    </message>
    <message>
        <source>Import the month&apos;s sales figures first (File → Import sales…). Printed anyway, the summary says on its first page that no figures were imported for the month.</source>
        <translation>请先导入该月的销售数据（文件 → 导入销售数据…）。如果照样打印，总结的第一页会注明该月没有导入任何数据。</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>照样打印</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation>无法生成总结：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>NotPlannedList</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n account(s))</source>
        <translation>
            <numerusform>%1（%n 个客户）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NothingHere</name>
    <message>
        <source>Nothing is made in %1. Use + New on the top bar, or Ctrl+N in the dock of what you want to add.</source>
        <translation>%1 中不能新建任何内容。请使用顶栏的“+ 新建”，或在要添加内容所在的面板中按 Ctrl+N。</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order confirmation</source>
        <translation>订单确认书</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation>确认订单</translation>
    </message>
    <message>
        <source>The customer&apos;s purchase order number</source>
        <translation>客户的采购订单号</translation>
    </message>
    <message>
        <source>The customer accepts a partial or later delivery</source>
        <translation>客户接受部分交货或延后交货</translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation>客户参考号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>交货日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The quote is locked once it is confirmed as an order.</source>
        <translation>报价单确认为订单后即被锁定。</translation>
    </message>
    <message>
        <source>Line %1 (%2) can be delivered %3 at the earliest (lead time).</source>
        <translation>第 %1 行（%2）最早 %3 才能交货（交货周期）。</translation>
    </message>
    <message>
        <source>The delivery date is before some lines can be delivered: choose a later date, or tick that the customer accepts a partial delivery.</source>
        <translation>交货日期早于部分行的最早交货日期：请选择更晚的日期，或勾选客户接受部分交货。</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste lines</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <source>Add lines</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>One line per product: SKU and quantity, optionally a unit (pack, L or kg) — copied from a spreadsheet (tab-separated), separated by ; or by spaces.</source>
        <translation>每行一个产品：SKU 和数量，可选单位（pack、L 或 kg，即件、升、公斤）——可从电子表格复制（制表符分隔），也可用 ; 或空格分隔。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>正在打印第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>The pages could not be sent to the printer. Check that it is on and ready (or that the file can be written), then try again.</source>
        <translation>无法将页面发送到打印机。请检查打印机是否已开启并就绪（或文件是否可以写入），然后重试。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>PlanActualDock</name>
    <message>
        <source>Only behind plan</source>
        <translation>仅显示落后于计划</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>重新读取数据 (F5)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>By</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Show them in the tree</source>
        <translation>在树中显示它们</translation>
    </message>
    <message>
        <source>Open the tree to every account behind plan and choose the furthest behind</source>
        <translation>展开树到每个落后于计划的客户，并选中落后最多的那个</translation>
    </message>
    <message>
        <source>Discrepancy form…</source>
        <translation>差异分析表…</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>Stock has no targets: it is a level, not a flow.</source>
        <translation>库存没有目标：它是存量，不是流量。</translation>
    </message>
    <message>
        <source>No sales figures yet. Import the ERP&apos;s sales (File → Import sales…) and set targets (Sales targets…) to see where you are behind plan.</source>
        <translation>尚无销售数据。请导入 ERP 销售数据（文件 → 导入销售数据…）并设置目标（销售目标…），以查看哪些方面落后于计划。</translation>
    </message>
    <message>
        <source>%1 of %2 accounts with a target of their own are more than %3 behind plan.</source>
        <translation>在 %2 个有自身目标的客户中，有 %1 个落后于计划超过 %3。</translation>
    </message>
    <message>
        <source>Behind on the targets summed from the accounts below them: %1 more (“Behind (from below)”).</source>
        <translation>另有 %1 个客户落后于其下级客户目标之和（“落后（按下级）”）。</translation>
    </message>
    <message>
        <source>No targets in this period: set them in Sales targets… to compare.</source>
        <translation>此期间没有目标：请在“销售目标…”中设置后再进行对比。</translation>
    </message>
    <message>
        <source>%1: no figures for this period yet. Import the ERP&apos;s sales (File → Import sales…) to compare it with plan.</source>
        <translation>%1：本期尚无数据。请导入 ERP 销售数据（文件 → 导入销售数据…）以与计划对比。</translation>
    </message>
    <message>
        <source>The figures reach %1: targets are counted to that day.</source>
        <translation>数据截至 %1：目标按到当天为止的天数计算。</translation>
    </message>
    <message>
        <source>Accounts reporting in other currencies (%1) are in their own currency&apos;s view.</source>
        <translation>使用其他币种（%1）的客户显示在其各自币种的视图中。</translation>
    </message>
    <message>
        <source>No stock counts in this period.</source>
        <translation>本期没有库存盘点数据。</translation>
    </message>
    <message>
        <source>Stock on hand at each account&apos;s last count in the period. %1 of %2 accounts counting stock have less than %3 weeks of cover; %4 hold more than %5 days of shipments.</source>
        <translation>现有库存为各客户在本期最后一次盘点的数量。在 %2 个盘点库存的客户中，有 %1 个的库存不足 %3 周；有 %4 个的库存超过 %5 天的出货量。</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>Choose a row to see its months and findings.</source>
        <translation>选择一行，查看其各月数据和发现。</translation>
    </message>
    <message>
        <source>Nothing past the thresholds.</source>
        <translation>没有超出阈值的项目。</translation>
    </message>
    <message>
        <source>A discrepancy form is about one month: choose Period → Month.</source>
        <translation>差异分析表针对单个月份：请选择“期间 → 月”。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan visits</source>
        <translation>规划拜访</translation>
    </message>
    <message numerus="yes">
        <source>For the %n chosen account(s).</source>
        <translation>
            <numerusform>针对所选的 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>For every account (choose some on the map or in the tree to narrow).</source>
        <translation>针对所有客户（可在地图或客户树中选择部分客户以缩小范围）。</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>生成方案(&amp;P)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>接受计划</translation>
    </message>
    <message>
        <source>Correct the settings marked in red, then propose again.</source>
        <translation>请更正标为红色的设置，然后重新生成方案。</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Planning was cancelled; nothing was changed.</source>
        <translation>规划已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The plan could not be made: %1. Nothing was changed; the details are in %2.</source>
        <translation>无法生成计划：%1。未做任何更改；详细信息见 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Not planned (%n)</source>
        <translation>
            <numerusform>未安排（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to where the day started</source>
        <translation>返回当天出发地</translation>
    </message>
    <message>
        <source>official working weekend day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>%1: no new visits</source>
        <translation>%1：不安排新拜访</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n 个新增</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No new visits on: %1</source>
        <translation>以下日期不安排新拜访：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n new visit(s)</source>
        <translation>
            <numerusform>%n 次新拜访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not planned</source>
        <translation>
            <numerusform>%n 个客户未安排</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2, about %3 km; %4.</source>
        <translation>在 %2 内安排 %1，约 %3 公里；%4。</translation>
    </message>
    <message>
        <source>No accounts are chosen: choose some on the map or in the tree, or plan for every account.</source>
        <translation>未选择任何客户：请在地图或客户树中选择客户，或为所有客户规划。</translation>
    </message>
    <message>
        <source>There are no accounts to plan yet: add or import accounts first.</source>
        <translation>还没有可规划的客户：请先添加或导入客户。</translation>
    </message>
    <message>
        <source>Nothing new to plan: every account already has a visit in this period.</source>
        <translation>没有需要新规划的拜访：每个客户在本期间都已有拜访。</translation>
    </message>
    <message numerus="yes">
        <source>None of the accounts is due for a visit in this period (%n account(s) checked). Choose a later period, or have them visited more often (Print &amp; Outlook → Visit cycles…).</source>
        <translation>
            <numerusform>本期间没有客户需要拜访（已检查 %n 个客户）。请选择更晚的期间，或提高拜访频率（打印 &amp; Outlook → 拜访周期…）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new visits could be proposed: on %n day(s) the visits already booked cannot all be kept, and such days take no new ones. Move or cancel the clashing visits (see Why), or choose another period.</source>
        <translation>
            <numerusform>无法提出新的拜访：有 %n 天已预约的拜访无法全部按时进行，这些日子不再安排新拜访。请移动或取消冲突的拜访（见“原因”列），或选择其他期间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new visits could be proposed (%n account(s) not planned). Most of those due were left out because of: %1.</source>
        <translation>
            <numerusform>无法提出新的拜访（%n 个客户未安排）。到期客户中多数未安排的原因：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Besides, on %n day(s) the visits already booked cannot all be kept: move or cancel the clashing visits (see Why).</source>
        <translation>
            <numerusform>此外，有 %n 天已预约的拜访无法全部按时进行：请改期或取消冲突的拜访（见“原因”）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSettingsForm</name>
    <message>
        <source>No visits during the lunch break</source>
        <translation>午休时间不安排拜访</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Plan visits on official working weekend days</source>
        <translation>在法定调休上班日安排拜访</translation>
    </message>
    <message>
        <source>A Saturday or Sunday the government made a working day, in exchange for a day off next to a public holiday (调休 in China)</source>
        <translation>政府为配合节假日放假而调整为工作日的周六或周日（调休）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>工作时间：</translation>
    </message>
    <message>
        <source>Lunch break:</source>
        <translation>午休：</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>出发地点：</translation>
    </message>
    <message>
        <source>Visits per day, at most:</source>
        <translation>每天最多拜访次数：</translation>
    </message>
    <message>
        <source>Average travel speed:</source>
        <translation>平均行驶速度：</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>法定节假日：</translation>
    </message>
    <message>
        <source>Days off:</source>
        <translation>休息日：</translation>
    </message>
    <message>
        <source>The first visit</source>
        <translation>第一个拜访</translation>
    </message>
    <message>
        <source>Home or office</source>
        <translation>家或办公室</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>某个客户</translation>
    </message>
    <message>
        <source>Where each working day starts: the first leg and the order count from there</source>
        <translation>每个工作日从哪里出发：第一段路程和拜访顺序都从这里算起</translation>
    </message>
    <message>
        <source>Latitude, longitude, as a map gives them: %1</source>
        <translation>纬度, 经度，按地图给出的写法：%1</translation>
    </message>
    <message>
        <source>Search accounts by name or code</source>
        <translation>按名称或编码搜索客户</translation>
    </message>
    <message>
        <source>Return at the end of the day</source>
        <translation>当天结束时返回出发地点</translation>
    </message>
    <message>
        <source>Choose the account the day starts from.</source>
        <translation>请选择每天出发的客户。</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>in this period: %1</source>
        <translation>本期间：%1</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>本期间没有</translation>
    </message>
    <message>
        <source>none known for %1</source>
        <translation>暂无 %1 年的调休安排</translation>
    </message>
    <message numerus="yes">
        <source>Days off… (%n)</source>
        <translation>
            <numerusform>休息日…（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Days off…</source>
        <translation>休息日…</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>期间的结束日期不能早于开始日期。</translation>
    </message>
</context>
<context>
    <name>PolicyFormDialog</name>
    <message>
        <source>Price policy</source>
        <translation>价格政策</translation>
    </message>
    <message>
        <source>Copy as new…</source>
        <translation>复制为新记录…</translation>
    </message>
    <message>
        <source>given when saved (PP-…)</source>
        <translation>保存时生成 (PP-…)</translation>
    </message>
    <message>
        <source>e.g. 华润万家 · engine oil net price 2027</source>
        <translation>例如：华润万家 · 机油净价 2027</translation>
    </message>
    <message>
        <source>(choose a territory)</source>
        <translation>（选择区域）</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>单个类别</translation>
    </message>
    <message>
        <source>One product</source>
        <translation>单个产品</translation>
    </message>
    <message>
        <source>Search SKU or name</source>
        <translation>搜索 SKU 或名称</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>per pack</source>
        <translation>每件</translation>
    </message>
    <message>
        <source>List price with these guard rails</source>
        <translation>目录价，并设以下管控线</translation>
    </message>
    <message>
        <source>(choose a policy)</source>
        <translation>（选择政策）</translation>
    </message>
    <message>
        <source>Who and what it is for</source>
        <translation>适用对象和内容</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品范围</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>起订数量</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>定价规则</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Base policy</source>
        <translation>基准政策</translation>
    </message>
    <message>
        <source>Round to multiple of</source>
        <translation>取整倍数</translation>
    </message>
    <message>
        <source>Then add</source>
        <translation>再加价</translation>
    </message>
    <message>
        <source>At least base +</source>
        <translation>不低于基准 +</translation>
    </message>
    <message>
        <source>At most base +</source>
        <translation>不高于基准 +</translation>
    </message>
    <message>
        <source>Guard rails (flag a quote, never change its price)</source>
        <translation>管控线（仅标记报价，不改变其价格）</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>Min. markup % (over cost)</source>
        <translation>最低成本加成率（%，基于成本）</translation>
    </message>
    <message>
        <source>Max. discount %</source>
        <translation>最大折扣（%）</translation>
    </message>
    <message>
        <source>Approval above discount %</source>
        <translation>折扣超过此值需审批（%）</translation>
    </message>
    <message>
        <source>The list price stands; the guard rails below flag quotes.</source>
        <translation>按目录价执行；以下管控线用于标记报价。</translation>
    </message>
    <message>
        <source>Quotes are priced at this fixed price.</source>
        <translation>报价按此固定价计算。</translation>
    </message>
    <message>
        <source>price = base × (1 − discount %)</source>
        <translation>价格 = 基准 × (1 − 折扣 %)</translation>
    </message>
    <message>
        <source>price = base × (1 − discount %), rounded, plus the surcharge, then kept between base + min and base + max margin</source>
        <translation>价格 = 基准 × (1 − 折扣 %)，取整后加上加价，再限定在基准 + 最低毛利与基准 + 最高毛利之间</translation>
    </message>
</context>
<context>
    <name>PolicyRegisterDock</name>
    <message>
        <source>Only what applies to the current account</source>
        <translation>仅显示适用于当前客户的项目</translation>
    </message>
    <message>
        <source>Late when entered over </source>
        <translation>签订后超过 </translation>
    </message>
    <message>
        <source> days after signing</source>
        <translation> 天录入即为逾期</translation>
    </message>
    <message>
        <source>The company rule for all agreements (recorded)</source>
        <translation>所有协议适用的公司规定（将被记录）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Price policies</source>
        <translation>价格政策</translation>
    </message>
    <message>
        <source>Rebate agreements</source>
        <translation>返利协议</translation>
    </message>
    <message>
        <source> · %1 late</source>
        <translation> · %1 项逾期</translation>
    </message>
    <message>
        <source>price policies</source>
        <translation>价格政策</translation>
    </message>
    <message>
        <source>rebate agreements</source>
        <translation>返利协议</translation>
    </message>
    <message>
        <source>for the current account</source>
        <translation>当前客户的</translation>
    </message>
    <message>
        <source>in the register</source>
        <translation>登记在册的</translation>
    </message>
    <message>
        <source>No %1 %2 yet. Enter one with New (Ctrl+N).</source>
        <translation>尚无%2%1。请用“新建”(Ctrl+N) 录入。</translation>
    </message>
    <message>
        <source>No %1 %2 match these filters. Widen them to see more.</source>
        <translation>%2%1中没有符合这些筛选条件的项目。请放宽筛选条件以查看更多。</translation>
    </message>
</context>
<context>
    <name>PriceCheckDialog</name>
    <message>
        <source>Price for %1</source>
        <translation>%1 的价格</translation>
    </message>
    <message>
        <source>Search SKU or product name</source>
        <translation>搜索 SKU 或产品名称</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price it</source>
        <translation>计算价格</translation>
    </message>
    <message>
        <source>Choose a product from the list first.</source>
        <translation>请先从列表中选择一个产品。</translation>
    </message>
    <message>
        <source>Give a quantity above zero.</source>
        <translation>请输入大于零的数量。</translation>
    </message>
    <message>
        <source>%1 %2 per %3 · total %4 %2</source>
        <translation>%1 %2/%3 · 合计 %4 %2</translation>
    </message>
    <message>
        <source>by policy %1 %2</source>
        <translation>依据政策 %1 %2</translation>
    </message>
    <message>
        <source>no policy applies: the list price stands</source>
        <translation>无适用政策：按目录价执行</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>The current account&apos;s effective prices, quantity breaks and validity</source>
        <translation>当前客户的实际价格、数量折扣档和有效期</translation>
    </message>
    <message>
        <source>Print rebate &amp;statement…</source>
        <translation>打印返利对账单(&amp;S)…</translation>
    </message>
    <message>
        <source>Accrual, tiers and distance to the next tier of the account&apos;s agreements</source>
        <translation>该客户各协议的应计返利、阶梯及距下一阶梯的差距</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价格表</translation>
    </message>
    <message>
        <source>There is no active product, so %1 has no price list to print. Import the catalogue first (acct-desktop import products FILE).</source>
        <translation>没有在售产品，因此 %1 没有可打印的价格表。请先导入产品目录（acct-desktop import products 文件）。</translation>
    </message>
    <message>
        <source>Pricing the products for %1…</source>
        <translation>正在为 %1 计算产品价格…</translation>
    </message>
    <message>
        <source>Price list cancelled; nothing was printed or saved.</source>
        <translation>价格表已取消；未打印也未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The price list marks %n price(s) higher than for a smaller quantity:</source>
        <translation>
            <numerusform>价格表中有 %n 个价格高于较小订货量的价格：</numerusform>
        </translation>
    </message>
    <message>
        <source>Bigger quantity, higher price</source>
        <translation>订货量越大，单价越高</translation>
    </message>
    <message>
        <source>%1 has no active rebate agreement, so there is no rebate statement to print.</source>
        <translation>%1 没有生效中的返利协议，因此没有可打印的返利对账单。</translation>
    </message>
    <message>
        <source>Rebate statement cancelled; nothing was printed or saved.</source>
        <translation>返利对账单已取消；未打印也未保存任何内容。</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to print.</source>
        <translation>列表为空：没有可打印的内容。</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>正在准备%1…</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was printed.</source>
        <translation>已取消打印。未打印任何内容。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Print price &amp;list…</source>
        <translation>打印价格表(&amp;L)…</translation>
    </message>
    <message>
        <source>Rebate statement</source>
        <translation>返利对账单</translation>
    </message>
    <message>
        <source>Computing the rebates of %1…</source>
        <translation>正在计算 %1 的返利…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Price policies</source>
        <translation>价格政策</translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation>返利</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>在购买</translation>
    </message>
    <message>
        <source>Does not buy</source>
        <translation>未购买</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Policies &amp;&amp; rebates</source>
        <translation>政策 &amp;&amp; 返利</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>确认清单</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>空白机会</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>The account you choose in the account tree shows here: its profile, contacts, visits, quotes and issues.</source>
        <translation>在客户树中选择的客户会显示在这里：概况、联系人、拜访、报价和问题。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>未结问题</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Purchasing policy</source>
        <translation>采购政策</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>保存概况 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Your changes are back over the saved version; someone else changed a field you changed too: check the notes, then Save.</source>
        <translation>您的修改已恢复到最新保存的版本之上；有人也修改了您改过的字段：请查看提示，然后保存。</translation>
    </message>
    <message>
        <source>Your unsaved changes are back; Save to keep them.</source>
        <translation>您未保存的更改已恢复；请点击“保存”以保留。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The profile of %1 is saved; Ctrl+Z undoes it.</source>
        <translation>%1 的概况已保存；按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>No accounts yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Import a spreadsheet of your accounts, or add one.</source>
        <translation>请导入客户电子表格，或新建一个客户。</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Pick an account in the account tree.</source>
        <translation>请在客户树中选择一个客户。</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring this account back into the tree, with the accounts archived with it.</source>
        <translation>把此客户及与其一同归档的客户恢复到客户树中。</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first, then this account.</source>
        <translation>%1 已归档；请先恢复它，再恢复此客户。</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>顶级</translation>
    </message>
</context>
<context>
    <name>ProgressJobs</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QuoteBuilderDock</name>
    <message>
        <source>Select an account to see its quotes.</source>
        <translation>选择一个客户，查看其报价单。</translation>
    </message>
    <message>
        <source>New quote (Ctrl+N)</source>
        <translation>新建报价单 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find a quote (Ctrl+F)</source>
        <translation>查找报价单 (Ctrl+F)</translation>
    </message>
    <message>
        <source>From template</source>
        <translation>从模板添加</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Printing needs your name and company:</source>
        <translation>打印需要您的姓名和公司：</translation>
    </message>
    <message>
        <source>A quote is printed with your name and company as its seller; without them it is not printed. Fill them in under My details (Tools menu).</source>
        <translation>报价单以您的姓名和公司作为供方打印；未填写则不打印。请在“我的信息”（工具菜单）中填写。</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>我的信息…</translation>
    </message>
    <message>
        <source>No quote of this account matches the search. Clear it to see all.</source>
        <translation>该客户没有与搜索匹配的报价单。清空搜索即可查看全部。</translation>
    </message>
    <message>
        <source>No quotes for this account yet — New quote (Ctrl+N).</source>
        <translation>该客户尚无报价单——新建报价单 (Ctrl+N)。</translation>
    </message>
    <message>
        <source>Quotes cannot be read while the team database is away — they come back when it answers.</source>
        <translation>团队数据库不可用时无法读取报价单——数据库恢复后即会显示。</translation>
    </message>
    <message>
        <source>Lines outside the price policy need a recorded approval first.</source>
        <translation>不符合价格政策的行须先记录审批。</translation>
    </message>
    <message>
        <source>Add a line first: an empty quote has nothing to print.</source>
        <translation>请先添加一行：空报价单没有可打印的内容。</translation>
    </message>
    <message>
        <source>Choose a quote first, or make one with New quote (Ctrl+N).</source>
        <translation>请先选择一份报价单，或用“新建报价单”（Ctrl+N）创建一份。</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>&amp;New quote</source>
        <translation>新建报价单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Paste lines…</source>
        <translation>粘贴行(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy &amp;last quote</source>
        <translation>复制上一份报价单(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Duplicate line</source>
        <translation>复制行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>Move line &amp;up</source>
        <translation>上移行(&amp;U)</translation>
    </message>
    <message>
        <source>Move line do&amp;wn</source>
        <translation>下移行(&amp;W)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save &amp;order confirmation…</source>
        <translation>保存订单确认书(&amp;O)…</translation>
    </message>
    <message>
        <source>Company and quote &amp;settings…</source>
        <translation>公司和报价设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Record approval…</source>
        <translation>记录审批…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>拒绝审批…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>客户拒绝…</translation>
    </message>
    <message>
        <source>Revise (new revision)</source>
        <translation>修订（新版本）</translation>
    </message>
    <message>
        <source>Order confirmation…</source>
        <translation>订单确认书…</translation>
    </message>
    <message>
        <source>Reprice from the re&amp;gister</source>
        <translation>按登记簿重新定价(&amp;G)</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>另存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Save as templ&amp;ate…</source>
        <translation>另存为模板(&amp;A)…</translation>
    </message>
    <message>
        <source>Dis&amp;card draft</source>
        <translation>放弃草稿(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Sav&amp;e now</source>
        <translation>立即保存(&amp;E)</translation>
    </message>
    <message>
        <source>From &amp;template</source>
        <translation>从模板添加(&amp;T)</translation>
    </message>
    <message>
        <source>Open a quote first: History shows who changed it.</source>
        <translation>请先打开一份报价单：历史记录显示谁修改了它。</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Not done: the team database is not answering. Try again once it is back; nothing you typed is lost.</source>
        <translation>未执行：团队数据库没有响应。请在数据库恢复后再试；您输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>Not done: the database cannot be reached. Try again once it is back; nothing you typed is lost.</source>
        <translation>未执行：无法连接数据库。请在数据库恢复后再试；您输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>Not done: what you typed while the database could not be reached is not saved yet. It is saved as soon as the database answers; try again then.</source>
        <translation>未执行：您在无法连接数据库时输入的内容尚未保存。数据库一恢复响应就会保存，届时请再试一次。</translation>
    </message>
    <message>
        <source>Theirs: “%1”. Your text is kept here: press Enter to save it over theirs.</source>
        <translation>对方的内容：“%1”。您输入的内容保留在此：按 Enter 键即可覆盖对方的内容并保存。</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <translation>您输入的是：%1</translation>
    </message>
    <message>
        <source>Choose an account first: a quote is for one account.</source>
        <translation>请先选择一个客户：报价单只针对一个客户。</translation>
    </message>
    <message>
        <source>Not applied: the database cannot be reached. Press Enter to apply it once it is back.</source>
        <translation>未应用：无法连接数据库。数据库恢复后请按 Enter 应用。</translation>
    </message>
    <message numerus="yes">
        <source>In %1, %n line(s) lose the price their policy gives in %2:</source>
        <translation>
            <numerusform>改为 %1 后，有 %n 行将失去其价格政策以 %2 给出的价格：</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the currency anyway? (Undo puts the prices back.)</source>
        <translation>仍要更改币种吗？（撤销可恢复原价格。）</translation>
    </message>
    <message>
        <source>Change the currency to %1?</source>
        <translation>将币种改为 %1？</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>改为 %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留 %1</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>New line (%1)</source>
        <translation>新增行（%1）</translation>
    </message>
    <message>
        <source>Line %1 (%2), %3</source>
        <translation>第 %1 行（%2），%3</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>编辑行</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>移动行</translation>
    </message>
    <message>
        <source>Reprice</source>
        <translation>重新定价</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <source>This account has no earlier quote with lines to copy.</source>
        <translation>该客户没有可复制行的早期报价单。</translation>
    </message>
    <message>
        <source>Copy last quote</source>
        <translation>复制上一份报价单</translation>
    </message>
    <message>
        <source>The database is not answering — try again once it is back</source>
        <translation>数据库没有响应——请在恢复后再试</translation>
    </message>
    <message>
        <source>No templates yet — Save as template…</source>
        <translation>尚无模板——另存为模板…</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>添加模板</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>%1 is not saved yet: see the problem under the field.</source>
        <translation>%1 尚未保存：请查看字段下方的问题。</translation>
    </message>
    <message>
        <source>Discard draft %1</source>
        <translation>放弃草稿 %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝审批</translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation>被客户拒绝</translation>
    </message>
    <message>
        <source>Why did the customer say no? (price, timing, competitor…)</source>
        <translation>客户为何拒绝？（价格、时机、竞争对手…）</translation>
    </message>
    <message>
        <source>Not printed: a quote or order confirmation carries your name and company as its seller. Fill them in under My details first.</source>
        <translation>未打印：报价单和订单确认书以您的姓名和公司作为供方。请先在“我的信息”中填写。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Add a product: SKU, name or category…</source>
        <translation>添加产品：SKU、名称或类别…</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show or fold the quote&apos;s contact, dates and terms</source>
        <translation>显示或收起报价单的联系人、日期和条款</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Delivery wanted</source>
        <translation>要求交货日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <source>Quote disc. %</source>
        <translation>整单折扣（%）</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>交货条件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Choose a product from the list first.</source>
        <translation>请先从列表中选择一个产品。</translation>
    </message>
    <message>
        <source>Restored what you typed (not applied yet): press Enter to apply it.</source>
        <translation>已恢复您输入的内容（尚未应用）：按 Enter 应用。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>No quote open</source>
        <translation>未打开报价单</translation>
    </message>
    <message>
        <source>Choose a quote on the left, or start one with New quote (Ctrl+N).</source>
        <translation>请在左侧选择一份报价单，或用“新建报价单”(Ctrl+N) 新建。</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>小计 %1</translation>
    </message>
    <message>
        <source>discount −%1</source>
        <translation>折扣 −%1</translation>
    </message>
    <message>
        <source>Cost %1 · gross profit %2 (markup %3)</source>
        <translation>成本 %1 · 毛利 %2（成本加成率 %3）</translation>
    </message>
    <message numerus="yes">
        <source>● %n change(s) not saved yet: the database cannot be reached. They are saved as soon as it answers, and the totals worked out again.</source>
        <translation>
            <numerusform>● %n 处修改尚未保存：无法连接数据库。数据库一恢复响应就会保存，并重新计算合计。</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Rejected by the customer: %1</source>
        <translation>✗ 被客户拒绝：%1</translation>
    </message>
    <message>
        <source>✗ Rejected by the customer (no reason recorded).</source>
        <translation>✗ 被客户拒绝（未记录原因）。</translation>
    </message>
    <message>
        <source>✗ Expired: not accepted by %1.</source>
        <translation>✗ 已过期：%1 前未被接受。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>— no contact —</source>
        <translation>— 无联系人 —</translation>
    </message>
    <message>
        <source>Make the quote valid only while every price on it is given by its policy.</source>
        <translation>让报价单仅在其上每个价格仍由价格政策给出期间有效。</translation>
    </message>
    <message>
        <source>Replaced by R%1</source>
        <translation>已被 R%1 取代</translation>
    </message>
    <message>
        <source>Only you see cost, gross profit and markup; they are never printed.</source>
        <translation>成本、毛利和成本加成率仅您可见，永不打印。</translation>
    </message>
    <message>
        <source>tax %1</source>
        <translation>税 %1</translation>
    </message>
    <message>
        <source>quote discount %1</source>
        <translation>整单折扣 %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Replaced by revision R%1 — read only.</source>
        <translation>已被修订版 R%1 取代——只读。</translation>
    </message>
    <message>
        <source>✓ Ordered: %1 of %2.</source>
        <translation>✓ 已下单：%1 / %2。</translation>
    </message>
    <message>
        <source>Add lines: search a product above, or paste SKU and quantity pairs (Ctrl+Shift+V).</source>
        <translation>添加行：在上方搜索产品，或粘贴 SKU 与数量 (Ctrl+Shift+V)。</translation>
    </message>
    <message numerus="yes">
        <source>● %n line(s) outside the price policy: an approval must be recorded before sending.</source>
        <translation>
            <numerusform>● %n 行不符合价格政策：发送前必须记录审批。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n line(s) priced by a policy that ends %1, before the quote&apos;s validity ends (%2).</source>
        <translation>
            <numerusform>● %n 行的价格政策于 %1 结束，早于报价单有效期结束（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Approved by %1: %2</source>
        <translation>✓ 已由 %1 审批：%2</translation>
    </message>
    <message>
        <source>✓ Within policy — ready to send.</source>
        <translation>✓ 符合政策——可以发送。</translation>
    </message>
    <message numerus="yes">
        <source>● Sent — expires %1 (%n day(s) left): follow up.</source>
        <translation>
            <numerusform>● 已发送——%1 到期（剩余 %n 天）：请跟进。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent — awaiting the customer&apos;s answer until %1.</source>
        <translation>已发送——等待客户答复，截止 %1。</translation>
    </message>
</context>
<context>
    <name>QuoteListKeys</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Find a quote</source>
        <translation>查找报价单</translation>
    </message>
</context>
<context>
    <name>QuoteSettingsDialog</name>
    <message>
        <source>Company and quote settings</source>
        <translation>公司和报价设置</translation>
    </message>
    <message>
        <source>Choose logo (PNG)…</source>
        <translation>选择徽标 (PNG)…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Country code and rate in %, e.g. NL 21, VN 10, CN 13</source>
        <translation>国家代码和税率（%），例如：NL 21、VN 10、CN 13</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <source>Quotes are &amp;valid for:</source>
        <translation>报价有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Ta&amp;x rates:</source>
        <translation>税率(&amp;X)：</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Write each rate as a country code and a number: NL 21.</source>
        <translation>每个税率请写成国家代码加数字，例如：NL 21。</translation>
    </message>
</context>
<context>
    <name>RebateFormDialog</name>
    <message>
        <source>Rebate agreement</source>
        <translation>返利协议</translation>
    </message>
    <message>
        <source>given when saved (R-%1-…)</source>
        <translation>保存时生成 (R-%1-…)</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>who signed for the customer</source>
        <translation>代表客户签字的人</translation>
    </message>
    <message>
        <source>Set by the register when the agreement is entered</source>
        <translation>录入登记簿时自动设置</translation>
    </message>
    <message>
        <source>The volume growth is measured against, as the contract states it; left empty, last year&apos;s sales over the same period</source>
        <translation>合同约定的增长比较基数；留空则按去年同期进货额计算</translation>
    </message>
    <message>
        <source>Agreement as signed</source>
        <translation>协议签订内容</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品范围</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rebate %</source>
        <translation>返利率（%）</translation>
    </message>
    <message>
        <source>Agreed baseline</source>
        <translation>约定基数</translation>
    </message>
    <message>
        <source>Tiers on the growth over the agreed baseline (else last year&apos;s sales); the rate reached applies to all of it.</source>
        <translation>阶梯按超过约定基数（未约定则按去年同期进货额）的增长额计算；达到的返利率适用于全部增长额。</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签订人</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>返利阶梯</translation>
    </message>
    <message>
        <source>A fixed-% agreement has no tiers: its rate applies to the whole volume.</source>
        <translation>固定比例（%）协议没有阶梯：其返利率适用于全部进货额。</translation>
    </message>
    <message>
        <source>The rate of the highest tier reached applies to the whole volume.</source>
        <translation>达到的最高阶梯返利率适用于全部进货额。</translation>
    </message>
    <message>
        <source>Each band earns its own rate on the part of the volume inside it.</source>
        <translation>各区间内的进货额按该区间的返利率计算。</translation>
    </message>
    <message>
        <source>Choose the account that signed.</source>
        <translation>请选择签订协议的客户。</translation>
    </message>
</context>
<context>
    <name>RebatePreview</name>
    <message>
        <source>Rebate %1 %2</source>
        <translation>返利 %1 %2</translation>
    </message>
    <message>
        <source>below the first tier</source>
        <translation>未达到第一档</translation>
    </message>
    <message>
        <source>top tier</source>
        <translation>最高档</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>type a volume</source>
        <translation>输入进货额</translation>
    </message>
    <message>
        <source>agreed baseline</source>
        <translation>约定基数</translation>
    </message>
    <message>
        <source>The sales of the account, period and products as saved, read when the form opened; the terms are the ones typed now.</source>
        <translation>按已保存的客户、期间和产品读取的销售数据（在打开表单时读取）；条款为当前输入的条款。</translation>
    </message>
    <message>
        <source>At a volume of</source>
        <translation>进货额为</translation>
    </message>
    <message>
        <source>On sales to date</source>
        <translation>按迄今销售</translation>
    </message>
    <message>
        <source>Give the rebate % to see what it earns.</source>
        <translation>请输入返利率（%）以查看返利金额。</translation>
    </message>
    <message>
        <source>Add tiers (a threshold and a rate each) to see what they earn.</source>
        <translation>添加阶梯（每个阶梯包含门槛和返利率）以查看返利金额。</translation>
    </message>
    <message>
        <source>Type a volume to see the rebate it earns.</source>
        <translation>输入进货额以查看可获得的返利。</translation>
    </message>
    <message>
        <source>Give the agreed baseline to see the growth rebate.</source>
        <translation>请填写约定基数以查看增长返利。</translation>
    </message>
    <message>
        <source>%1 of %2 days elapsed</source>
        <translation>已过 %1 天，共 %2 天</translation>
    </message>
    <message>
        <source>sales figures up to %1</source>
        <translation>销售数据截至 %1</translation>
    </message>
    <message>
        <source>no sales figures for this period yet</source>
        <translation>本期尚无销售数据</translation>
    </message>
    <message>
        <source>%1 sold → %2 earned; at this pace %3 by period end</source>
        <translation>已售 %1 → 已得返利 %2；按此进度期末可得 %3</translation>
    </message>
    <message>
        <source>%1 still to buy by %2 for the next tier</source>
        <translation>%2 前还需进货 %1 才能达到下一阶梯</translation>
    </message>
    <message>
        <source>Period over: %1 sold → final rebate %2</source>
        <translation>期间已结束：进货 %1 → 最终返利 %2</translation>
    </message>
    <message>
        <source>Read from the account&apos;s sales once the agreement is saved (its account, period and products).</source>
        <translation>协议保存后，将从该客户的销售数据中读取（按其客户、期间和产品）。</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>按 %1</translation>
    </message>
    <message>
        <source>%1 tier reached</source>
        <translation>已达到 %1 档</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>实际 %1</translation>
    </message>
    <message>
        <source>next tier (%1 from %2 growth): %3 still to buy</source>
        <translation>下一阶梯（增长 %2 起 %1）：还需进货 %3</translation>
    </message>
    <message>
        <source>next tier (%1 from %2): %3 still to buy</source>
        <translation>下一阶梯（%2 起 %1）：还需进货 %3</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>The database is encrypted. Store this recovery key somewhere safe, away from this computer: it is the only way to open the database if this computer&apos;s keyring is lost. Anyone who has it and the file can read the data.</source>
        <translation>数据库已加密。请将此恢复密钥保存在远离本机的安全位置：如果本机的密钥环丢失，这是打开数据库的唯一方式。任何同时拥有该密钥和数据库文件的人都能读取其中的数据。</translation>
    </message>
    <message>
        <source>I have stored the recovery key</source>
        <translation>我已保存恢复密钥</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>另存为文本文件…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>A file with the recovery key is as good as the key itself: save it on a USB stick or a password manager&apos;s vault, not next to the database.</source>
        <translation>包含恢复密钥的文件与密钥本身同样重要：请将其保存在 U 盘或密码管理器的保管库中，不要与数据库放在一起。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEntryDialog</name>
    <message>
        <source>Enter recovery key</source>
        <translation>输入恢复密钥</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
</context>
<context>
    <name>RegisterCheckDialog</name>
    <message>
        <source>Check the price-policy register</source>
        <translation>检查价格政策登记册</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>正在检查登记册…</translation>
    </message>
    <message>
        <source>Double-click a problem (or press Enter) to open its policy.</source>
        <translation>双击某个问题（或按 Enter）即可打开其政策。</translation>
    </message>
    <message>
        <source>The price-policy register is consistent on %1.</source>
        <translation>价格政策登记册在 %1 一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the price-policy register on %1:</source>
        <translation>
            <numerusform>价格政策登记册在 %1 有 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Copy as new…</source>
        <translation>复制为新记录…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>删除草稿…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>附加签字扫描件…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Check register</source>
        <translation>检查登记册</translation>
    </message>
    <message>
        <source>price policy</source>
        <translation>价格政策</translation>
    </message>
    <message>
        <source>rebate agreement</source>
        <translation>返利协议</translation>
    </message>
    <message>
        <source>Enter a new %1 (Ctrl+N)</source>
        <translation>录入新的%1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select a %1 first.</source>
        <translation>请先选择一项%1。</translation>
    </message>
    <message>
        <source>Take this draft out of the register (Delete); Edit → Undo brings it back</source>
        <translation>将此草稿从登记簿中删除 (Delete)；编辑 → 撤销可将其恢复</translation>
    </message>
    <message>
        <source>Its scan is being attached; a moment, please.</source>
        <translation>正在附加其扫描件，请稍候。</translation>
    </message>
    <message>
        <source>Keep the scan of the signed agreement; its fingerprint is recorded</source>
        <translation>保存已签协议的扫描件，并记录其指纹</translation>
    </message>
    <message>
        <source>Find overlaps, policies that never price and bigger orders priced higher</source>
        <translation>查找重叠、从不定价的政策以及量大价高的情况</translation>
    </message>
    <message>
        <source>Every change of it: who, when, old → new (Ctrl+H)</source>
        <translation>其每一次变更：操作人、时间、旧值 → 新值 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Enter a new one with the same terms</source>
        <translation>按相同条款录入一项新记录</translation>
    </message>
    <message>
        <source>A %1 is changed directly (Open…); copy active or ended ones.</source>
        <translation>%1可直接修改（打开…）；可复制生效中或已结束的记录。</translation>
    </message>
    <message>
        <source>Open it to change it (Enter)</source>
        <translation>打开以修改 (Enter)</translation>
    </message>
    <message>
        <source>Open it read-only (Enter): a %1 record can no longer change</source>
        <translation>以只读方式打开 (Enter)：%1记录已不能再修改</translation>
    </message>
    <message>
        <source>Send the draft for approval</source>
        <translation>提交草稿以供审批</translation>
    </message>
    <message>
        <source>Make it active; your name, the time and why are kept</source>
        <translation>使其生效；将记录您的姓名、时间和原因</translation>
    </message>
    <message>
        <source>Send it back to draft, saying why</source>
        <translation>退回为草稿，并说明原因</translation>
    </message>
    <message>
        <source>End it early, saying why; it stays in the register</source>
        <translation>提前终止，并说明原因；它仍保留在登记簿中</translation>
    </message>
    <message>
        <source>Delete the draft price policy %1?</source>
        <translation>删除价格政策草稿 %1？</translation>
    </message>
    <message>
        <source>It was never submitted, so it leaves the register; its code %1 is not given to another policy. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>它从未提交过，因此将从登记簿中移除；其编码 %1 不会再分配给其他价格政策。编辑 → 撤销 (Ctrl+Z) 可将其恢复。</translation>
    </message>
    <message>
        <source>Delete the draft rebate agreement %1?</source>
        <translation>删除返利协议草稿 %1？</translation>
    </message>
    <message>
        <source>It was never submitted, so it leaves the register; its number %1 is not given to another agreement. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>它从未提交过，因此将从登记簿中移除；其编号 %1 不会再分配给其他协议。编辑 → 撤销 (Ctrl+Z) 可将其恢复。</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete draft %1</source>
        <translation>删除草稿 %1</translation>
    </message>
    <message>
        <source>%1 would become active but never price anything.</source>
        <translation>%1 将生效，但永远不会定价。</translation>
    </message>
    <message>
        <source>%1 becomes active: from %2 it prices quotes for %3 (%4).</source>
        <translation>%1 生效：自 %2 起为 %3（%4）的报价定价。</translation>
    </message>
    <message>
        <source>%1 becomes active: %2&apos;s purchases from %3 to %4 earn this rebate.</source>
        <translation>%1 生效：%2 在 %3 至 %4 期间的进货可获得此返利。</translation>
    </message>
    <message>
        <source>You submitted it yourself, so an approval is someone else&apos;s decision: say who approved it. They are recorded as the approver, you as who recorded it, with the time and why.</source>
        <translation>这是您自己提交的，批准须由他人作出：请说明是谁批准的。对方将被记录为审批人，您被记录为登记人，并记录时间和原因。</translation>
    </message>
    <message>
        <source>You are recorded as the approver, with the time and why.</source>
        <translation>您将被记录为审批人，并记录时间和原因。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>%1 goes back to draft so that it can be corrected and submitted again; your reason is kept with it.</source>
        <translation>%1 将退回为草稿，以便修改后重新提交；您的原因将随之保存。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>%1 stops pricing quotes now and stays in the register as terminated.</source>
        <translation>%1 即刻停止为报价定价，并以“已终止”状态保留在登记簿中。</translation>
    </message>
    <message>
        <source>%1 ends now and stays in the register as terminated.</source>
        <translation>%1 即刻结束，并以“已终止”状态保留在登记簿中。</translation>
    </message>
    <message>
        <source>To replace it, enter a new one (Copy as new).</source>
        <translation>如需替换，请录入一项新记录（复制为新记录）。</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Price policies and rebates</source>
        <translation>价格政策和返利</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>附加已签协议</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>已恢复您上次输入的内容（尚未保存）。</translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <source>New price policy</source>
        <translation>新建价格政策</translation>
    </message>
    <message>
        <source>New rebate agreement</source>
        <translation>新建返利协议</translation>
    </message>
    <message>
        <source>New price policy (copy of %1)</source>
        <translation>新建价格政策（复制自 %1）</translation>
    </message>
    <message>
        <source>New rebate agreement (copy of %1)</source>
        <translation>新建返利协议（复制自 %1）</translation>
    </message>
    <message>
        <source>Enter “%1” in the register as a draft? A draft prices nothing until it is approved; until it is submitted you can still delete it (and undo that), once submitted it stays in the register with its history.</source>
        <translation>将“%1”作为草稿录入登记册？草稿在批准前不参与定价；提交前仍可删除（删除可撤销），提交后将连同其历史保留在登记册中。</translation>
    </message>
    <message>
        <source>Enter this agreement in the register as a draft? Until it is submitted you can still delete it (and undo that); once submitted it stays in the register with its history.</source>
        <translation>将此协议作为草稿录入登记册？提交前仍可删除（删除可撤销）；提交后将连同其历史保留在登记册中。</translation>
    </message>
    <message>
        <source>It was signed on %1, more than %2 days before it is entered: it will be listed as entered late.</source>
        <translation>该协议签订于 %1，距录入已超过 %2 天：将被列为逾期录入。</translation>
    </message>
    <message>
        <source>%1 is waiting for approval: saving a change sends it back to draft, to be submitted again.</source>
        <translation>%1 正在等待审批：保存修改会将其退回为草稿，需要重新提交。</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Price policy %1</source>
        <translation>价格政策 %1</translation>
    </message>
    <message>
        <source>Rebate agreement %1</source>
        <translation>返利协议 %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>before a sales import</source>
        <translation>销售数据导入前</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the state to go back to. What is in the database now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>请选择要恢复到的状态。恢复前会先备份数据库的当前内容，因此恢复操作本身也可以通过恢复该副本来撤销。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <source>No backups yet — File → Back up now makes one.</source>
        <translation>尚无备份——使用“文件 → 立即备份”创建一个。</translation>
    </message>
    <message>
        <source>A backup is taken daily when you open the database; keep</source>
        <translation>每天首次打开数据库时自动备份；保留</translation>
    </message>
    <message>
        <source>daily and</source>
        <translation>个每日备份和</translation>
    </message>
    <message>
        <source>weekly.</source>
        <translation>个每周备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>acct-desktop databases (*.acctdb *.db)</source>
        <translation>acct-desktop 数据库 (*.acctdb *.db)</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>visiting hours</source>
        <translation>拜访时段</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>for</source>
        <translation>每次</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>No sales recorded for this account. Import them with File › Import sales…</source>
        <translation>此客户没有销售记录。请通过“文件 › 导入销售数据…”导入。</translation>
    </message>
    <message>
        <source>Loading sales…</source>
        <translation>正在加载销售数据…</translation>
    </message>
</context>
<context>
    <name>SealActions</name>
    <message>
        <source>Issue &amp;checklist…</source>
        <translation>出具确认清单(&amp;C)…</translation>
    </message>
    <message>
        <source>Print and seal a written checklist of the current account&apos;s open issues</source>
        <translation>打印当前客户未结问题的书面确认清单并签章</translation>
    </message>
    <message>
        <source>&amp;Verify document…</source>
        <translation>验证文件(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;My details…</source>
        <translation>我的信息(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export my seal certificate…</source>
        <translation>导出我的签章证书(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation>信任证书(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;New seal key…</source>
        <translation>新建签章密钥(&amp;N)…</translation>
    </message>
    <message>
        <source>Replace your seal key, e.g. when it can no longer be unlocked</source>
        <translation>更换您的签章密钥，例如在它无法再解锁时</translation>
    </message>
    <message>
        <source>No seal yet</source>
        <translation>尚无签章</translation>
    </message>
    <message>
        <source>Your seal key and certificate are made when you issue your first checklist. Issue one, then export the certificate.</source>
        <translation>您的签章密钥和证书会在您出具第一份确认清单时创建。请先出具一份，然后导出证书。</translation>
    </message>
    <message>
        <source>Export my seal certificate</source>
        <translation>导出我的签章证书</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Certificate exported</source>
        <translation>证书已导出</translation>
    </message>
    <message>
        <source>Give %1 to head office. They can check it is yours by its fingerprint:
%2</source>
        <translation>请将 %1 交给总部。他们可以通过指纹确认该证书属于您：
%2</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>信任证书</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Certificate trusted</source>
        <translation>证书已信任</translation>
    </message>
    <message>
        <source>Documents sealed by %1 (%2) now verify as intact.
Fingerprint: %3</source>
        <translation>由 %1（%2）签章的文件现在可验证为完整无改动。
指纹：%3</translation>
    </message>
    <message>
        <source>New seal key</source>
        <translation>新建签章密钥</translation>
    </message>
    <message>
        <source>Make a new seal key for %1 (%2)?

Checklists you issue from now on are sealed with the new key, and the old key is deleted. Documents sealed with the old key still verify as intact on this computer: its certificate stays among the trusted ones, and the database keeps every copy it issued.

Whoever checks your seals elsewhere (head office) needs the new certificate: send it with Tools → Export my seal certificate… afterwards.</source>
        <translation>要为 %1（%2）创建新的签章密钥吗？

从现在起出具的确认清单将用新密钥签章，旧密钥会被删除。用旧密钥签章的文件在本机上仍可验证为完整无改动：旧证书保留在信任列表中，数据库也保存着出具的每一份文件。

在其他地方核验您签章的人（总部）需要新证书：之后请通过“工具 → 导出我的签章证书…”发送给他们。</translation>
    </message>
    <message>
        <source>New seal key made</source>
        <translation>已创建新的签章密钥</translation>
    </message>
    <message>
        <source>Your new seal key is ready. Give head office the new certificate (Tools → Export my seal certificate…); they can check it is yours by its fingerprint:
%1</source>
        <translation>新的签章密钥已就绪。请将新证书交给总部（工具 → 导出我的签章证书…）；他们可以通过指纹确认该证书属于您：
%1</translation>
    </message>
    <message>
        <source>No new seal key</source>
        <translation>未创建新的签章密钥</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze alert</source>
        <translation>暂缓提醒</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暂缓</translation>
    </message>
</context>
<context>
    <name>StampedCopyDialog</name>
    <message>
        <source>Stamped copy — %1</source>
        <translation>盖章件 — %1</translation>
    </message>
    <message>
        <source>The scan of the copy %1 stamped (PDF, JPG or PNG, up to %2 MB) and the day on its stamp.</source>
        <translation>%1 盖章的那份清单的扫描件（PDF、JPG 或 PNG，不超过 %2 MB）及其盖章日期。</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>选择扫描件…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Between the day the checklist was issued (%1) and today.</source>
        <translation>介于确认清单的出具日期（%1）与今天之间。</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>扫描件：</translation>
    </message>
    <message>
        <source>Stamped on:</source>
        <translation>盖章日期：</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>The scan of the stamped checklist</source>
        <translation>盖章确认清单的扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Choose the scan of the stamped copy.</source>
        <translation>请选择盖章件的扫描件。</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>正在附加 %1…</translation>
    </message>
    <message>
        <source>Replace it with %1? The earlier scan stays in the database; the checklist then shows the new one.</source>
        <translation>用 %1 替换它吗？之前的扫描件仍保留在数据库中；确认清单随后显示新的扫描件。</translation>
    </message>
    <message>
        <source>Attach %1 to %2 all the same?</source>
        <translation>仍要将 %1 附加到 %2 吗？</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Add a target for %1</source>
        <translation>为 %1 添加目标</translation>
    </message>
    <message>
        <source>Find an account or territory…</source>
        <translation>查找客户或区域…</translation>
    </message>
    <message>
        <source>Account or territory</source>
        <translation>客户或区域</translation>
    </message>
    <message>
        <source>Category (empty: all)</source>
        <translation>类别（留空：全部）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Break down %1 of %2</source>
        <translation>分解 %2 的 %1 年目标</translation>
    </message>
    <message>
        <source>4 quarter or 12 month weights, e.g. 1; 1; 2; 2</source>
        <translation>4 个季度或 12 个月的权重，例如：1; 1; 2; 2</translation>
    </message>
    <message>
        <source>Year&apos;s target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Break down</source>
        <translation>分解</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Choose an account or territory.</source>
        <translation>请选择客户或区域。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Sales targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Filter by account, territory or category (Ctrl+F)</source>
        <translation>按客户、区域或类别筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>How an edited year is broken down into months</source>
        <translation>修改年度目标后如何分解到各月</translation>
    </message>
    <message>
        <source>weights, e.g. 1; 1; 2; 2</source>
        <translation>权重，例如：1; 1; 2; 2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Year edits break down</source>
        <translation>年度目标分解方式</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>添加目标(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Break down year…</source>
        <translation>分解年度目标(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation>删除目标(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>No targets for %1 — Add target… or Import… a spreadsheet.</source>
        <translation>%1 尚无目标——添加目标…或从电子表格导入…。</translation>
    </message>
    <message>
        <source>edit %1 %2</source>
        <translation>编辑 %1 %2</translation>
    </message>
    <message>
        <source>Select the target to break down first.</source>
        <translation>请先选择要分解的目标。</translation>
    </message>
    <message>
        <source>set the year of %1</source>
        <translation>设置 %1 的年度目标</translation>
    </message>
    <message>
        <source>Select the target to delete first.</source>
        <translation>请先选择要删除的目标。</translation>
    </message>
    <message>
        <source>delete the target of %1</source>
        <translation>删除 %1 的目标</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>导入目标</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The import stopped: %1. Nothing was written.</source>
        <translation>导入已停止：%1。未写入任何数据。</translation>
    </message>
    <message>
        <source>Rename the column “%1” to “%2” in the file (a heading the import reads as the measure), then import it again.</source>
        <translation>请在文件中把“%1”列改名为“%2”（导入会把该列标题识别为指标），然后重新导入。</translation>
    </message>
</context>
<context>
    <name>TerritoryMap</name>
    <message>
        <source>What the colours of the dots show</source>
        <translation>圆点颜色的含义</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>着色依据(&amp;C)：</translation>
    </message>
    <message>
        <source>Plan visits for selection…</source>
        <translation>为所选客户规划拜访…</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>规划拜访…</translation>
    </message>
    <message>
        <source>Fit all accounts</source>
        <translation>显示全部客户</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Lasso: drag around the accounts to select (Ctrl+drag works any time); Shift+drag selects a rectangle</source>
        <translation>套索：拖动圈选客户（Ctrl+拖动随时可用）；Shift+拖动可框选矩形区域</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No account on the map</source>
        <translation>地图上没有客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without coordinates</source>
        <translation>
            <numerusform>%Ln 个无坐标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>已选择 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation>拜访状态</translation>
    </message>
    <message>
        <source>Issues past deadline</source>
        <translation>问题已逾期</translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation>A 级</translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation>B 级</translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation>C 级</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>拜访逾期</translation>
    </message>
    <message>
        <source>Visit due in the next %1 days</source>
        <translation>未来 %1 天内应拜访</translation>
    </message>
    <message>
        <source>Visit not yet due</source>
        <translation>尚未到拜访期</translation>
    </message>
    <message>
        <source>Issue past its deadline</source>
        <translation>有问题已过期限</translation>
    </message>
    <message>
        <source>No issue past its deadline</source>
        <translation>无过期问题</translation>
    </message>
    <message>
        <source>%1°E</source>
        <comment>longitude east of Greenwich</comment>
        <translation>东经%1°</translation>
    </message>
    <message>
        <source>%1°W</source>
        <comment>longitude west of Greenwich</comment>
        <translation>西经%1°</translation>
    </message>
    <message>
        <source>%1°N</source>
        <comment>latitude north of the equator</comment>
        <translation>北纬%1°</translation>
    </message>
    <message>
        <source>%1°S</source>
        <comment>latitude south of the equator</comment>
        <translation>南纬%1°</translation>
    </message>
    <message>
        <source>size: sell-in, last 12 months, relative per currency</source>
        <translation>大小：近 12 个月进货额（按币种相对比较）</translation>
    </message>
    <message>
        <source>bubble: accounts close together, ring = their colours</source>
        <translation>气泡：相邻的多个客户，外环为其颜色</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Never visited: due today</source>
        <translation>从未拜访：今天应拜访</translation>
    </message>
    <message>
        <source>Visit due today</source>
        <translation>今天应拜访</translation>
    </message>
    <message>
        <source>Last visit %1</source>
        <translation>上次拜访 %1</translation>
    </message>
    <message>
        <source>Sell-in, last 12 months: %1</source>
        <translation>近 12 个月进货额：%1</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>单击放大</translation>
    </message>
    <message>
        <source>No account has coordinates yet.</source>
        <translation>还没有客户填写坐标。</translation>
    </message>
    <message>
        <source>Enter an account&apos;s latitude and longitude (Account ▸ Edit) to see it here.</source>
        <translation>填写客户的经纬度（客户 ▸ 编辑）后即可在此显示。</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <source>Add tier</source>
        <translation>添加阶梯</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>删除阶梯</translation>
    </message>
</context>
<context>
    <name>TiersModel</name>
    <message>
        <source>From volume</source>
        <translation>起点进货额</translation>
    </message>
    <message>
        <source>Rebate %</source>
        <translation>返利率（%）</translation>
    </message>
    <message>
        <source>From growth</source>
        <translation>起点增长额</translation>
    </message>
    <message>
        <source>Give the threshold and the rate.</source>
        <translation>请输入门槛和返利率。</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>A rate lies between 0 and %1.</source>
        <translation>返利率应在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>第 %1 阶梯：%2</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>Spreadsheets and vCards</source>
        <translation>电子表格和 vCard</translation>
    </message>
    <message>
        <source>vCards</source>
        <translation>vCard 名片</translation>
    </message>
    <message>
        <source>Calendars (visits)</source>
        <translation>日历（拜访）</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 已导出到 %2</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>Change the contact</source>
        <translation>更改联系人</translation>
    </message>
    <message>
        <source>Change the valid-until date</source>
        <translation>更改有效期至</translation>
    </message>
    <message>
        <source>Change the date requested</source>
        <translation>更改询价日期</translation>
    </message>
    <message>
        <source>Change the delivery date wanted</source>
        <translation>更改期望交货日期</translation>
    </message>
    <message>
        <source>Change the currency</source>
        <translation>更改币种</translation>
    </message>
    <message>
        <source>Change the tax rate</source>
        <translation>更改税率</translation>
    </message>
    <message>
        <source>Change the quote discount</source>
        <translation>更改报价折扣</translation>
    </message>
    <message>
        <source>Change the payment terms</source>
        <translation>更改付款条件</translation>
    </message>
    <message>
        <source>Change the delivery terms</source>
        <translation>更改交货条件</translation>
    </message>
    <message>
        <source>Change the notes</source>
        <translation>更改备注</translation>
    </message>
    <message>
        <source>Change the quote</source>
        <translation>更改报价单</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>归档 %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>新建 %1</translation>
    </message>
</context>
<context>
    <name>Unprintable</name>
    <message>
        <source>Characters missing from the PDF</source>
        <translation>PDF 中缺少的字符</translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <source>Verify a sealed document</source>
        <translation>验证已签章的文件</translation>
    </message>
    <message>
        <source>Choose a sealed checklist PDF. Its digital seal is checked against your own certificate and the ones you trust.</source>
        <translation>请选择一份已签章的确认清单 PDF。将对照您自己的证书和您信任的证书检查其电子签章。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>选择 PDF…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>VisitCalendarDock</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>工作周</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>This account&apos;s visits</source>
        <translation>该客户的拜访</translation>
    </message>
    <message>
        <source>Everyone&apos;s visits</source>
        <translation>所有人的拜访</translation>
    </message>
    <message>
        <source>My visits</source>
        <translation>我的拜访</translation>
    </message>
    <message>
        <source>A shared database: show every manager&apos;s visits, or only yours</source>
        <translation>共享数据库：显示所有客户经理的拜访，或只显示您的</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>规划拜访…</translation>
    </message>
    <message>
        <source>Propose visits for a period: overdue and urgent accounts first, by area</source>
        <translation>为某一期间生成拜访建议：逾期和紧急的客户优先，按区域安排</translation>
    </message>
    <message>
        <source>Route on map</source>
        <translation>在地图上显示路线</translation>
    </message>
    <message>
        <source>Draw this day&apos;s visits on the territory map, in order</source>
        <translation>在区域地图上按顺序绘制当天的拜访</translation>
    </message>
    <message>
        <source>Print &amp;&amp; Outlook</source>
        <translation>打印 &amp;&amp; Outlook</translation>
    </message>
    <message>
        <source>Print visit sheets…</source>
        <translation>打印拜访记录表…</translation>
    </message>
    <message>
        <source>Send to Outlook (.ics)…</source>
        <translation>发送到 Outlook (.ics)…</translation>
    </message>
    <message>
        <source>Read an Outlook calendar (.ics)…</source>
        <translation>读取 Outlook 日历 (.ics)…</translation>
    </message>
    <message>
        <source>Visit cycles…</source>
        <translation>拜访周期…</translation>
    </message>
    <message>
        <source>History of the visit</source>
        <translation>拜访的历史记录</translation>
    </message>
    <message>
        <source>Fill in your name under Tools → My details first.</source>
        <translation>请先在“工具 → 我的信息”中填写您的姓名。</translation>
    </message>
    <message>
        <source>Select an account to see its visits.</source>
        <translation>选择一个客户，查看其拜访。</translation>
    </message>
    <message>
        <source>No visits recorded for this account yet.</source>
        <translation>该客户尚无拜访记录。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n visit(s) with a conflict</source>
        <translation>
            <numerusform>⚠ %n 次拜访存在冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s)</source>
        <translation>
            <numerusform>%n 次计划拜访</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits — drag or double-click on the calendar to plan one, or use Plan visits…</source>
        <translation>没有拜访——在日历上拖动或双击即可安排拜访，也可以使用“规划拜访…”。</translation>
    </message>
    <message>
        <source>Visit calendar</source>
        <translation>拜访日历</translation>
    </message>
    <message>
        <source>Move visit</source>
        <translation>移动拜访</translation>
    </message>
    <message>
        <source>Choose an account first: the new visit is for the current account.</source>
        <translation>请先选择一个客户：新拜访针对当前客户。</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>安排拜访</translation>
    </message>
    <message>
        <source>Mark visit %1</source>
        <translation>将拜访标记为%1</translation>
    </message>
    <message>
        <source>Visit report…</source>
        <translation>拜访报告…</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <source>Move before the previous stop</source>
        <translation>移到上一站之前</translation>
    </message>
    <message>
        <source>Move after the next stop</source>
        <translation>移到下一站之后</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>打开该客户</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Choose a visit first: History shows who changed it.</source>
        <translation>请先选择一次拜访：历史记录显示谁修改了它。</translation>
    </message>
    <message>
        <source>New visit here</source>
        <translation>在此新建拜访</translation>
    </message>
    <message>
        <source>No visits on this day to draw.</source>
        <translation>当天没有可绘制的拜访。</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>接受计划</translation>
    </message>
    <message>
        <source>This is the first planned visit of its day.</source>
        <translation>这是当天第一个计划拜访。</translation>
    </message>
    <message>
        <source>This is the last planned visit of its day.</source>
        <translation>这是当天最后一个计划拜访。</translation>
    </message>
    <message>
        <source>Move visit before the previous stop</source>
        <translation>将拜访移到上一站之前</translation>
    </message>
    <message>
        <source>Move visit after the next stop</source>
        <translation>将拜访移到下一站之后</translation>
    </message>
</context>
<context>
    <name>VisitCalendarKeys</name>
    <message>
        <source>Cancel the visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
</context>
<context>
    <name>VisitCyclesDialog</name>
    <message>
        <source>Visit cycles</source>
        <translation>拜访周期</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>按等级</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>This account has its own cycle (instead of its tier&apos;s)</source>
        <translation>该客户使用自己的周期（而非其等级的周期）</translation>
    </message>
</context>
<context>
    <name>VisitReportDialog</name>
    <message>
        <source>Visit report — %1</source>
        <translation>拜访报告 — %1</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>目的：</translation>
    </message>
    <message>
        <source>Contacts met:</source>
        <translation>见到的联系人：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>纪要：</translation>
    </message>
    <message>
        <source>Stock seen:</source>
        <translation>库存情况：</translation>
    </message>
    <message>
        <source>Sell-through:</source>
        <translation>动销：</translation>
    </message>
    <message>
        <source>Shop-floor needs:</source>
        <translation>卖场需求：</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>跟进事项：</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>0 = not at all, 10 = certainly; leave empty when you did not ask</source>
        <translation>0 = 完全不会，10 = 肯定会；未询问时留空</translation>
    </message>
    <message>
        <source>Would they recommend us? (0–10)</source>
        <translation>他们会向他人推荐我们吗？(0–10)</translation>
    </message>
    <message>
        <source>Compliance (tick yes, leave grey when not checked)</source>
        <translation>合规检查（勾选表示是，未检查时保持灰色）</translation>
    </message>
    <message>
        <source>Prices as agreed</source>
        <translation>价格符合约定</translation>
    </message>
    <message>
        <source>POP material in place</source>
        <translation>POP 物料到位</translation>
    </message>
    <message>
        <source>Takes part in the promotion</source>
        <translation>参与促销</translation>
    </message>
    <message>
        <source>Competitors seen</source>
        <translation>发现的竞品</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>价格（%1）</translation>
    </message>
    <message>
        <source>Shelf share %</source>
        <translation>货架占比 %</translation>
    </message>
    <message>
        <source>The share of the shelf the competitor holds, 0 to 100</source>
        <translation>竞品所占货架比例，0 到 100</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Problems raised (customer issues)</source>
        <translation>提出的问题（客户问题）</translation>
    </message>
    <message>
        <source>Raise an issue…</source>
        <translation>提出问题…</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>完成拜访</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>下次拜访：</translation>
    </message>
    <message>
        <source>What you typed and had not saved is back, and saved.</source>
        <translation>您输入但尚未保存的内容已恢复，并已保存。</translation>
    </message>
    <message>
        <source>What you typed and had not added is back.</source>
        <translation>您输入但尚未添加的内容已恢复。</translation>
    </message>
    <message>
        <source>Your text is back over the saved version; someone else saved another text there meanwhile (quoted under it). Type on in it to save yours.</source>
        <translation>您的文字已恢复，显示在已保存的版本之上；其间有同事在该处保存了另一段文字（引用在其下方）。继续在其中输入即可保存您的文字。</translation>
    </message>
    <message>
        <source>What you typed meanwhile is saved.</source>
        <translation>您在此期间输入的内容已保存。</translation>
    </message>
    <message>
        <source>Not saved yet — kept, and written when the team database is back.</source>
        <translation>尚未保存——已保留，团队数据库恢复后即写入。</translation>
    </message>
    <message>
        <source>Not saved yet — kept, and written when the database file is back.</source>
        <translation>尚未保存——已保留，数据库文件恢复后即写入。</translation>
    </message>
    <message>
        <source>Not saved: the team database cannot be reached. Do it again once it is back.</source>
        <translation>未保存：无法连接团队数据库。恢复后请再操作一次。</translation>
    </message>
    <message>
        <source>Not saved: the database file cannot be reached. Do it again once it is back.</source>
        <translation>未保存：无法访问数据库文件。恢复后请再操作一次。</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 10.</source>
        <translation>请输入 0 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>shelf %1</source>
        <translation>货架占比 %1</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>Problem raised at the visit</source>
        <translation>拜访中提出的问题</translation>
    </message>
    <message>
        <source>The competitor row you typed is not added yet: correct it and press Add, or clear it.</source>
        <translation>您输入的竞品记录尚未添加：请修改后点击“添加”，或将其清空。</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Manager: %1</source>
        <translation>客户经理：%1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your accounts, the people who decide in them, visits, price policies, rebates and quotes — on your laptop, offline.</source>
        <translation>您的客户、客户中的决策人、拜访、价格政策、返利和报价 —— 都在您的笔记本电脑上，离线可用。</translation>
    </message>
    <message>
        <source>Continue with the empty database</source>
        <translation>继续使用这个空数据库</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>打开演示数据库</translation>
    </message>
    <message>
        <source>A sample territory of 200 accounts with their contacts, visits, prices and quotes, to try everything on. Made in your data folder the first time.</source>
        <translation>一个包含 200 个客户及其联系人、拜访、价格和报价的示例区域，可用来试用各项功能。首次打开时在您的数据文件夹中创建。</translation>
    </message>
    <message>
        <source>Import accounts from a spreadsheet…</source>
        <translation>从电子表格导入客户…</translation>
    </message>
    <message>
        <source>Your customers from a CSV or Excel file (an ERP or CRM export); you choose which column is which.</source>
        <translation>从 CSV 或 Excel 文件（ERP 或 CRM 导出）导入您的客户；由您指定每一列的含义。</translation>
    </message>
    <message>
        <source>Open or create a database first, then bring in your customers.</source>
        <translation>请先打开或创建数据库，然后再导入您的客户。</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>An empty database file for your own territory.</source>
        <translation>为您自己的区域新建一个空数据库文件。</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>打开现有数据库…</translation>
    </message>
    <message>
        <source>A database file on this laptop or on a shared drive.</source>
        <translation>本机或共享驱动器上的数据库文件。</translation>
    </message>
    <message>
        <source>Tip: drop a CSV or Excel file on the window to import it.</source>
        <translation>提示：把 CSV 或 Excel 文件拖到窗口上即可导入。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>The databases you open are listed here.</source>
        <translation>您打开过的数据库会列在这里。</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近使用的数据库</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>当前没有打开的数据库。</translation>
    </message>
    <message>
        <source>%1 is open and has no accounts yet.</source>
        <translation>%1 已打开，但还没有客户。</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
</context>
<context>
    <name>account_tree</name>
    <message>
        <source>Next
due</source>
        <translation>下次应访</translation>
    </message>
    <message>
        <source>Open
issues</source>
        <translation>未结问题</translation>
    </message>
    <message>
        <source>Open issues of the account and of all accounts below it (late ones in brackets)</source>
        <translation>本客户及其下所有客户的未结问题（括号内为已逾期的）</translation>
    </message>
    <message>
        <source>Sell-in of this year&apos;s whole months against target, for the account and all accounts below it. The target is the account&apos;s own where it has one, else the sum of the targets below it (never both).</source>
        <translation>本年已结束各月的进货对比目标，涵盖本客户及其下所有客户。目标取本客户自己的目标；没有时取其下各客户目标之和（两者不会相加）。</translation>
    </message>
    <message>
        <source>No whole month of this year to compare yet.</source>
        <translation>今年还没有已结束的月份可供对比。</translation>
    </message>
    <message>
        <source>%1 to %2: this account and all accounts below it</source>
        <translation>%1 至 %2：本客户及其下所有客户</translation>
    </message>
    <message>
        <source>%1 to %2: this account</source>
        <translation>%1 至 %2：本客户</translation>
    </message>
    <message>
        <source>Sell-in: %1 %2</source>
        <translation>进货：%1 %2</translation>
    </message>
    <message>
        <source>No sell-in target is set for it or below it</source>
        <translation>本客户及其下客户均未设定进货目标</translation>
    </message>
    <message>
        <source>No sell-in target is set for it</source>
        <translation>本客户未设定进货目标</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>目标：%1 %2</translation>
    </message>
    <message>
        <source>%1 of target</source>
        <translation>达成目标的 %1</translation>
    </message>
    <message>
        <source>Figures in %1 below it are left out.</source>
        <translation>其下以 %1 计的数字未计入。</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation>已约 %1</translation>
    </message>
    <message>
        <source>%1 d overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1（迟 %2）</translation>
    </message>
    <message>
        <source>Visit overdue since %1 · visit booked %2</source>
        <translation>自 %1 起拜访逾期 · 已约 %2</translation>
    </message>
    <message>
        <source>Visit overdue since %1</source>
        <translation>自 %1 起拜访逾期</translation>
    </message>
    <message>
        <source>%1 issue(s) past deadline, child accounts included</source>
        <translation>%1 个问题已过期限（含下级客户）</translation>
    </message>
    <message>
        <source>%1 issue(s) past deadline</source>
        <translation>%1 个问题已过期限</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>Visit 1 day overdue</source>
        <translation>拜访已逾期 1 天</translation>
    </message>
    <message>
        <source>Visit {days} days overdue</source>
        <translation>拜访已逾期 {days} 天</translation>
    </message>
    <message>
        <source>{number} expires today</source>
        <translation>{number} 今天到期</translation>
    </message>
    <message>
        <source>{number} expires tomorrow</source>
        <translation>{number} 明天到期</translation>
    </message>
    <message>
        <source>{number} expires in {days} days</source>
        <translation>{number} 将在 {days} 天后到期</translation>
    </message>
    <message>
        <source>Rebate {number} entered late: {delay} days after signing (limit {limit})</source>
        <translation>返利 {number} 逾期录入：签订后 {delay} 天才录入（期限 {limit} 天）</translation>
    </message>
    <message>
        <source>Rebate {number} signed {signed}, still a draft</source>
        <translation>返利 {number} 已于 {signed} 签订，仍为草稿</translation>
    </message>
    <message>
        <source>Rebate {number} signed {signed}, still awaiting approval</source>
        <translation>返利 {number} 已于 {signed} 签订，仍在等待审批</translation>
    </message>
    <message>
        <source>Issue {number} 1 day past deadline</source>
        <translation>问题 {number} 已逾期 1 天</translation>
    </message>
    <message>
        <source>Issue {number} {days} days past deadline</source>
        <translation>问题 {number} 已逾期 {days} 天</translation>
    </message>
    <message>
        <source>Sell-in {gap} below target · {month}</source>
        <translation>进货低于目标 {gap} · {month}</translation>
    </message>
    <message>
        <source>Outbound {gap} below target · {month}</source>
        <translation>出库低于目标 {gap} · {month}</translation>
    </message>
    <message>
        <source>Sell-out {gap} below target · {month}</source>
        <translation>终端销售低于目标 {gap} · {month}</translation>
    </message>
    <message>
        <source>Stock {gap} below target · {month}</source>
        <translation>库存低于目标 {gap} · {month}</translation>
    </message>
    <message>
        <source>Visit 1 day overdue · visit booked {booked}</source>
        <translation>拜访已逾期 1 天 · 已约 {booked}</translation>
    </message>
    <message>
        <source>Visit {days} days overdue · visit booked {booked}</source>
        <translation>拜访已逾期 {days} 天 · 已约 {booked}</translation>
    </message>
    <message>
        <source>1 visit overdue</source>
        <translation>1 次拜访逾期</translation>
    </message>
    <message>
        <source>%1 visits overdue</source>
        <translation>%1 次拜访逾期</translation>
    </message>
    <message>
        <source>1 quote expires within %2 days</source>
        <translation>1 份报价单将在 %2 天内到期</translation>
    </message>
    <message>
        <source>%1 quotes expire within %2 days</source>
        <translation>%1 份报价单将在 %2 天内到期</translation>
    </message>
    <message>
        <source>1 rebate entered late</source>
        <translation>1 项返利逾期录入</translation>
    </message>
    <message>
        <source>%1 rebates entered late</source>
        <translation>%1 项返利逾期录入</translation>
    </message>
    <message>
        <source>1 rebate not yet active</source>
        <translation>1 项返利尚未生效</translation>
    </message>
    <message>
        <source>%1 rebates not yet active</source>
        <translation>%1 项返利尚未生效</translation>
    </message>
    <message>
        <source>1 issue past deadline</source>
        <translation>1 个问题已逾期</translation>
    </message>
    <message>
        <source>%1 issues past deadline</source>
        <translation>%1 个问题已逾期</translation>
    </message>
    <message>
        <source>1 account below target</source>
        <translation>1 个客户低于目标</translation>
    </message>
    <message>
        <source>%1 accounts below target</source>
        <translation>%1 个客户低于目标</translation>
    </message>
    <message>
        <source>1 visit overdue, not booked</source>
        <translation>1 次拜访逾期未约</translation>
    </message>
    <message>
        <source>%1 visits overdue, not booked</source>
        <translation>%1 次拜访逾期未约</translation>
    </message>
    <message>
        <source>1 overdue visit booked</source>
        <translation>1 次逾期拜访已约</translation>
    </message>
    <message>
        <source>%1 overdue visits booked</source>
        <translation>%1 次逾期拜访已约</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>暂缓至 %1</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message>
        <source>Red: needs you now</source>
        <translation>红色：需要立即处理</translation>
    </message>
    <message>
        <source>Amber: needs a look soon</source>
        <translation>琥珀色：需要尽快查看</translation>
    </message>
    <message>
        <source>%1 against a target of %2</source>
        <translation>实际 %1，目标 %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>双击或按 Enter 键打开。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s：</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序的版本号并退出</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation>（默认：%(default)s）</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s：警告：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 一起使用</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略多余的值 %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>overlaps another visit</source>
        <translation>与其他拜访时间重叠</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>在工作时间之外</translation>
    </message>
    <message>
        <source>on a day off</source>
        <translation>在休息日</translation>
    </message>
    <message>
        <source>the customer is closed that day</source>
        <translation>客户当天休息</translation>
    </message>
    <message>
        <source>outside the customer&apos;s visiting hours</source>
        <translation>在客户接待拜访的时段之外</translation>
    </message>
</context>
<context>
    <name>chartMenu</name>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Save chart as…</source>
        <translation>图表另存为…</translation>
    </message>
    <message>
        <source>Save chart as</source>
        <translation>图表另存为</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>无法保存图表：%1</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Sell-in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>终端销售</translation>
    </message>
    <message>
        <source>No sales recorded</source>
        <translation>无销售记录</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>Replaced by R%1</source>
        <translation>已被 R%1 取代</translation>
    </message>
    <message>
        <source>Stamped by customer</source>
        <translation>客户已盖章</translation>
    </message>
    <message>
        <source>Awaiting customer&apos;s stamp</source>
        <translation>等待客户盖章</translation>
    </message>
    <message>
        <source>With the accounts below</source>
        <translation>含下级客户</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>本客户</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>验证码：%1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the audit trail: check its hash chain</source>
        <translation>审计记录：检查其哈希链</translation>
    </message>
    <message>
        <source>check that no audit event was changed, deleted or reordered</source>
        <translation>检查没有审计事件被修改、删除或调换顺序</translation>
    </message>
    <message>
        <source>who changed an account, a quote or an issue: when, which field, old → new</source>
        <translation>谁修改了客户、报价或问题：时间、字段、旧值 → 新值</translation>
    </message>
    <message>
        <source>the account with this code</source>
        <translation>具有此代码的客户</translation>
    </message>
    <message>
        <source>the quote with this number (all its revisions)</source>
        <translation>具有此编号的报价单（所有修订版）</translation>
    </message>
    <message>
        <source>the issue with this number</source>
        <translation>具有此编号的问题</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>审计记录链已断开：%1</translation>
    </message>
    <message>
        <source>%1 events before it are intact (up to event %2).</source>
        <translation>在它之前的 %1 个事件完好无损（直到事件 %2）。</translation>
    </message>
    <message>
        <source>There is no account with code %1.</source>
        <translation>没有代码为 %1 的客户。</translation>
    </message>
    <message>
        <source>There is no quote numbered %1.</source>
        <translation>没有编号为 %1 的报价单。</translation>
    </message>
    <message>
        <source>There is no issue numbered %1.</source>
        <translation>没有编号为 %1 的问题。</translation>
    </message>
    <message>
        <source>No change has been recorded for %1 yet.</source>
        <translation>%1 尚无任何修改记录。</translation>
    </message>
    <message>
        <source>make a verified copy of a database (default: into your backup folder)</source>
        <translation>制作数据库的已验证副本（默认：放入备份文件夹）</translation>
    </message>
    <message>
        <source>write the copy to this file (or into this folder) instead of the backup folder</source>
        <translation>将副本写到此文件（或此文件夹中），而不是备份文件夹</translation>
    </message>
    <message>
        <source>replace a database with a backup (the current state is backed up first)</source>
        <translation>用备份替换数据库（会先备份当前状态）</translation>
    </message>
    <message>
        <source>list a database&apos;s backups, newest first</source>
        <translation>列出数据库的备份，最新的在前</translation>
    </message>
    <message>
        <source>%1 does not exist, so there is nothing to back up.</source>
        <translation>%1 不存在，因此没有可备份的内容。</translation>
    </message>
    <message>
        <source>backup of %1 (schema %2) written to %3</source>
        <translation>%1 的备份（架构版本 %2）已写入 %3</translation>
    </message>
    <message>
        <source>%1 restored from %2</source>
        <translation>%1 已从 %2 恢复</translation>
    </message>
    <message>
        <source>the state it replaced was saved as %1</source>
        <translation>被替换的状态已保存为 %1</translation>
    </message>
    <message>
        <source>no backups of %1 in %2</source>
        <translation>%2 中没有 %1 的备份</translation>
    </message>
    <message>
        <source>backups of %1 in %2:</source>
        <translation>%2 中 %1 的备份：</translation>
    </message>
    <message>
        <source>an unexpected problem stopped the command (%1).</source>
        <translation>一个意外问题中止了命令（%1）。</translation>
    </message>
    <message>
        <source>print (and seal) a document as PDF</source>
        <translation>将文档打印（并签章）为 PDF</translation>
    </message>
    <message>
        <source>issue and seal a written checklist of an account&apos;s open issues</source>
        <translation>为客户的未结问题出具并签章书面确认清单</translation>
    </message>
    <message>
        <source>issue numbers to list (default: all open ones)</source>
        <translation>要列出的问题编号（默认：所有未结问题）</translation>
    </message>
    <message>
        <source>also list the issues of every account below it, each naming its account</source>
        <translation>同时列出其下所有客户的问题，每项注明所属客户</translation>
    </message>
    <message>
        <source>when a checklist of these issues still waits for the customer&apos;s stamp, issue its next revision instead</source>
        <translation>若列有这些问题的确认清单仍在等待客户盖章，则改为出具其下一版</translation>
    </message>
    <message>
        <source>issue a new checklist even when one of these issues still waits for the customer&apos;s stamp</source>
        <translation>即使其中某个问题所在的确认清单仍在等待客户盖章，也出具新的确认清单</translation>
    </message>
    <message>
        <source>check a sealed PDF: intact (0), modified (3), not sealed (4), unknown key (5), unreadable (6)</source>
        <translation>检查已签章的 PDF：完好（0）、已修改（3）、未签章（4）、未知密钥（5）、无法读取（6）</translation>
    </message>
    <message>
        <source>also match it to this register</source>
        <translation>同时与此登记册核对</translation>
    </message>
    <message>
        <source>show or set your name and contact on documents</source>
        <translation>显示或设置文档上的您的姓名和联系方式</translation>
    </message>
    <message>
        <source>your seal certificate and the ones you trust</source>
        <translation>您的签章证书和您信任的证书</translation>
    </message>
    <message>
        <source>export your certificate for head office</source>
        <translation>导出您的证书供总部使用</translation>
    </message>
    <message>
        <source>trust a certificate (e.g. head office&apos;s)</source>
        <translation>信任一个证书（例如总部的）</translation>
    </message>
    <message>
        <source>your certificate and the trusted ones</source>
        <translation>您的证书和已信任的证书</translation>
    </message>
    <message>
        <source>make a new seal key, e.g. when the old one can no longer be unlocked (documents sealed with the old one still verify)</source>
        <translation>创建新的签章密钥，例如在旧密钥无法再解锁时（用旧密钥签章的文件仍可验证）</translation>
    </message>
    <message>
        <source>%1 of %2 still waits for the customer&apos;s stamp and lists the same issues. Re-issue it as R%3 with --reissue, or issue a new checklist with --new.</source>
        <translation>%2 的 %1 仍在等待客户盖章，且列有相同的问题。用 --reissue 将其重新出具为 R%3，或用 --new 出具新的确认清单。</translation>
    </message>
    <message>
        <source>%1 was issued, sealed and kept in the database, but %2 could not be written: %3. Save it from the account&apos;s Checklists tab.</source>
        <translation>%1 已出具、签章并保存在数据库中，但无法写入 %2：%3。请在该客户的“确认清单”标签页中保存。</translation>
    </message>
    <message>
        <source>%1: %2 issue(s), sealed, written to %3 (verification code %4)</source>
        <translation>%1：%2 个问题，已签章，已写入 %3（验证码 %4）</translation>
    </message>
    <message>
        <source>No account has the code %1.</source>
        <translation>没有代码为 %1 的客户。</translation>
    </message>
    <message>
        <source>%1 has no issue %2.</source>
        <translation>%1 没有问题 %2。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>certificate of %1 written to %2</source>
        <translation>%1 的证书已写入 %2</translation>
    </message>
    <message>
        <source>now trusting %1 (%2)</source>
        <translation>现已信任 %1（%2）</translation>
    </message>
    <message>
        <source>none yet (made on first checklist)</source>
        <translation>尚无（在第一份确认清单时生成）</translation>
    </message>
    <message>
        <source>Your seal: %1</source>
        <translation>您的签章：%1</translation>
    </message>
    <message>
        <source>Trusted:   %1</source>
        <translation>已信任：  %1</translation>
    </message>
    <message>
        <source>New seal key made for %1 (%2).</source>
        <translation>已为 %1（%2）创建新的签章密钥。</translation>
    </message>
    <message>
        <source>The previous certificate (SHA-256 %1…) stays trusted on this computer, so documents sealed with it still verify as intact.</source>
        <translation>之前的证书（SHA-256 %1…）在本机上仍受信任，因此用它签章的文件仍可验证为完整无改动。</translation>
    </message>
    <message>
        <source>Whoever checks your seals elsewhere (head office) needs the new certificate: acct-desktop seal export --out FILE.pem</source>
        <translation>在其他地方核验您签章的人（总部）需要新证书：acct-desktop seal export --out FILE.pem</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>%1 (%2), valid to %3, SHA-256 %4…</source>
        <translation>%1（%2），有效期至 %3，SHA-256 %4…</translation>
    </message>
    <message>
        <source>Accounts, contacts, visits, price policies, rebates and quotes, offline.</source>
        <translation>客户、联系人、拜访、价格政策、返利和报价单，离线可用。</translation>
    </message>
    <message>
        <source>database file, or postgresql://user@host/db (password from the OS keyring)</source>
        <translation>数据库文件，或 postgresql://user@host/db（密码来自操作系统密钥环）</translation>
    </message>
    <message>
        <source>open the demo database in your data folder (created on first use)</source>
        <translation>打开数据文件夹中的演示数据库（首次使用时创建）</translation>
    </message>
    <message>
        <source>language of the GUI and of this command&apos;s messages, this time only (default: View → Language, else the system&apos;s)</source>
        <translation>界面和本命令消息的语言，仅限本次（默认：视图 → 语言，否则为系统语言）</translation>
    </message>
    <message>
        <source>check this installation and exit 0 (ok) or 1; the summary also goes to REPORT_FILE</source>
        <translation>检查本安装并以 0（正常）或 1 退出；摘要也会写入 REPORT_FILE</translation>
    </message>
    <message>
        <source>create a demo database</source>
        <translation>创建演示数据库</translation>
    </message>
    <message>
        <source>the date the demo&apos;s history leads up to (default: today)</source>
        <translation>演示数据历史截止的日期（默认：今天）</translation>
    </message>
    <message>
        <source>overwrite an existing file</source>
        <translation>覆盖已有文件</translation>
    </message>
    <message>
        <source>no progress bar</source>
        <translation>不显示进度条</translation>
    </message>
    <message>
        <source>render the window and each dock to PNG files</source>
        <translation>将窗口和每个停靠面板渲染为 PNG 文件</translation>
    </message>
    <message>
        <source>GUI language (default: English)</source>
        <translation>界面语言（默认：英语）</translation>
    </message>
    <message>
        <source>schema version and row counts of a database</source>
        <translation>数据库的架构版本和行数</translation>
    </message>
    <message>
        <source>store a server database&apos;s password in the keyring</source>
        <translation>将服务器数据库的密码保存到密钥环</translation>
    </message>
    <message>
        <source>read the password from stdin</source>
        <translation>从标准输入读取密码</translation>
    </message>
    <message>
        <source>import accounts, contacts, products, price policies, rebates, targets or sales figures (CSV or .xlsx), contacts (.vcf) or visits (.ics)</source>
        <translation>导入客户、联系人、产品、价格政策、返利、目标或销售数据（CSV 或 .xlsx），联系人（.vcf）或拜访（.ics）</translation>
    </message>
    <message>
        <source>which column holds a field when its header is not recognised (repeatable)</source>
        <translation>当列标题无法识别时，指定哪一列对应某个字段（可重复）</translation>
    </message>
    <message>
        <source>kind of new accounts whose row gives none, as a cell would write it: headquarters, hoofdkantoor, 总部… (accounts only)</source>
        <translation>行中未给出类型的新客户所用的类型，写法同单元格：headquarters、hoofdkantoor、总部…（仅客户）</translation>
    </message>
    <message>
        <source>sell_in, outbound, sell_out or stock for every row of a file without a measure column (sales only)</source>
        <translation>对没有指标列的文件的每一行使用 sell_in、outbound、sell_out 或 stock（仅限销售）</translation>
    </message>
    <message>
        <source>what a word of the file&apos;s measure column means, e.g. Verkoop=sell_in, or ZF9=none to refuse its rows (repeatable; sales only)</source>
        <translation>文件指标列中某个词的含义，例如 Verkoop=sell_in，或 ZF9=none 表示拒绝其所在行（可重复；仅限销售数据）</translation>
    </message>
    <message>
        <source>how annual amounts become months: even or by last year&apos;s sales (targets only)</source>
        <translation>年度金额如何分到各月：平均分配或按去年销售（仅限目标）</translation>
    </message>
    <message>
        <source>the row of the file that holds the column names, when a title or a row of group names above it is taken for them (CSV and .xlsx)</source>
        <translation>文件中包含列名的行号，用于列名上方的标题或分组名称行被误当作列名时（CSV 和 .xlsx）</translation>
    </message>
    <message>
        <source>export accounts, contacts, products, price policies or rebates (CSV or .xlsx), contacts (.vcf) or visits (.ics)</source>
        <translation>导出客户、联系人、产品、价格政策或返利（CSV 或 .xlsx），联系人（.vcf）或拜访（.ics）</translation>
    </message>
    <message>
        <source>default: from --out&apos;s suffix</source>
        <translation>默认：根据 --out 的扩展名</translation>
    </message>
    <message>
        <source>the file, or a folder for it (named after what is exported)</source>
        <translation>文件，或存放它的文件夹（文件按导出的内容命名）</translation>
    </message>
    <message>
        <source>Interrupted; nothing was left half-written.</source>
        <translation>已中断；没有留下写了一半的内容。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Set it with: acct-desktop password --db %1</source>
        <translation>设置方法：acct-desktop password --db %1</translation>
    </message>
    <message>
        <source>error: an unexpected problem stopped the command (%1: %2). Details are in %3.</source>
        <translation>错误：一个意外问题中止了命令（%1：%2）。详细信息见 %3。</translation>
    </message>
    <message>
        <source>demo %1 (seed %2) written to %3 in %4 s: %5</source>
        <translation>演示数据 %1（种子 %2）已在 %4 秒内写入 %3：%5</translation>
    </message>
    <message>
        <source>--size must look like 1366x768, not %1</source>
        <translation>--size 应形如 1366x768，而不是 %1</translation>
    </message>
    <message>
        <source>There is no terminal to type the recovery key at: run the command in a terminal, or pipe the key in with --stdin.</source>
        <translation>这里没有可以输入恢复密钥的终端：请在终端中运行此命令，或用 --stdin 从管道传入密钥。</translation>
    </message>
    <message>
        <source>No recovery key was typed; nothing was changed.</source>
        <translation>没有输入恢复密钥；什么都没有更改。</translation>
    </message>
    <message>
        <source>Standard input held no recovery key (--stdin reads its first line); nothing was changed.</source>
        <translation>标准输入中没有恢复密钥（--stdin 读取其第一行）；什么都没有更改。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>There is no terminal to type the password at: run the command in a terminal, or pipe the password in with --stdin.</source>
        <translation>这里没有可以输入密码的终端：请在终端中运行此命令，或用 --stdin 从管道传入密码。</translation>
    </message>
    <message>
        <source>No password was typed; nothing was stored.</source>
        <translation>没有输入密码；什么都没有保存。</translation>
    </message>
    <message>
        <source>Standard input held no password (--stdin reads its first line); nothing was stored.</source>
        <translation>标准输入中没有密码（--stdin 读取其第一行）；什么都没有保存。</translation>
    </message>
    <message>
        <source>password for %1 stored in the system keyring</source>
        <translation>%1 的密码已保存到系统密钥环</translation>
    </message>
    <message>
        <source>%1 did not exist: a new database was made for this import.</source>
        <translation>%1 不存在：已为本次导入新建了一个数据库。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--map takes field=Column pairs, not &quot;%1&quot;</source>
        <translation>--map 需要 字段=列 的配对，而不是“%1”</translation>
    </message>
    <message>
        <source>checking rows</source>
        <translation>正在检查行</translation>
    </message>
    <message>
        <source>writing rows</source>
        <translation>正在写入行</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>If line %1 does not hold the column names, name the row that does: --header-row N. If it does, name the column of each field: --map field=Column.</source>
        <translation>如果第 %1 行不是列名，请指定列名所在的行：--header-row N。如果是，请指定每个字段对应的列：--map 字段=列名。</translation>
    </message>
    <message>
        <source>1 account code of this file is not in the database yet: import that account first (acct-desktop import accounts FILE), then this file again.</source>
        <translation>本文件中有 1 个客户编码尚不在数据库中：请先导入该客户（acct-desktop import accounts 文件），再重新导入本文件。</translation>
    </message>
    <message>
        <source>%1 account codes of this file are not in the database yet: import those accounts first (acct-desktop import accounts FILE), then this file again.</source>
        <translation>本文件中有 %1 个客户编码尚不在数据库中：请先导入这些客户（acct-desktop import accounts 文件），再重新导入本文件。</translation>
    </message>
    <message>
        <source>For rows that name no measure, give one: --measure sell_in (or outbound, sell_out, stock).</source>
        <translation>对未注明指标的行，请指定一个：--measure sell_in（或 outbound、sell_out、stock）。</translation>
    </message>
    <message>
        <source>Correct a mistyped date and import the file again; if the dates are right, name the months the file holds: %1 (rows outside them are refused).</source>
        <translation>请更正输错的日期后重新导入文件；如果日期无误，请指明文件所含的月份：%1（这些月份以外的行将被拒绝）。</translation>
    </message>
    <message>
        <source>Read that column as the measure: --map %1 (then import again).</source>
        <translation>请将该列作为指标读取：--map %1（然后重新导入）。</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the parent accounts&apos; codes, read it as the parent code: --map %2 (then import again).</source>
        <translation>如果“%1”是上级客户的代码，请把它读作上级客户代码：--map %2（然后重新导入）。</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the accounts&apos; kinds, read it as the kind: --map %2 (then import again); or give new accounts one kind: --default-kind KIND.</source>
        <translation>如果“%1”包含客户类型，请将其读取为类型：--map %2（然后重新导入）；或为新客户指定一个类型：--default-kind 类型。</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds quantities, read it as the quantity and the amount from its own column: --map %3 --map %4. If it does hold the amounts, import again with --amount-confirmed.</source>
        <translation>如果“%1”是数量，请把它读作数量，并从金额自己的列读取金额：--map %3 --map %4。如果它确实是金额，请加上 --amount-confirmed 重新导入。</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds quantities, read the amount from its own column: --map %4. If it does hold the amounts, import again with --amount-confirmed.</source>
        <translation>如果“%1”是数量，请从金额自己的列读取金额：--map %4。如果它确实是金额，请加上 --amount-confirmed 重新导入。</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the amounts, read it as the amount: --map %2. If the file has no amounts, import again with --no-amounts-confirmed.</source>
        <translation>如果“%1”是金额，请将它读作金额：--map %2。如果文件中没有金额，请加上 --no-amounts-confirmed 重新导入。</translation>
    </message>
    <message>
        <source>If a column holds the amounts, read it as the amount: --map amount=COLUMN. If the file has no amounts, import again with --no-amounts-confirmed.</source>
        <translation>如果某一列是金额，请将它读作金额：--map amount=列名。如果文件中没有金额，请加上 --no-amounts-confirmed 重新导入。</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the quantities, read it as the quantity: --map %2. If the file has no quantities, import again with --no-quantities-confirmed.</source>
        <translation>如果“%1”是数量，请将它读作数量：--map %2。如果文件中没有数量，请加上 --no-quantities-confirmed 重新导入。</translation>
    </message>
    <message>
        <source>If a column holds the quantities, read it as the quantity: --map quantity=COLUMN. If the file has no quantities, import again with --no-quantities-confirmed.</source>
        <translation>如果某一列是数量，请将它读作数量：--map quantity=列名。如果文件中没有数量，请加上 --no-quantities-confirmed 重新导入。</translation>
    </message>
    <message>
        <source>For the file&apos;s own words, say what each means: --measure-word %1 (or outbound, sell_out, stock; repeatable), or %2 to refuse its rows.</source>
        <translation>请说明文件中自有词语的含义：--measure-word %1（或 outbound、sell_out、stock；可重复），或用 %2 拒绝这些行。</translation>
    </message>
    <message>
        <source>vCard version (default 3.0, for Outlook)</source>
        <translation>vCard 版本（默认 3.0，适用于 Outlook）</translation>
    </message>
    <message>
        <source>only this account&apos;s contacts (vcf)</source>
        <translation>仅此客户的联系人（vcf）</translation>
    </message>
    <message>
        <source>one .vcf per contact into the folder --out (Outlook imports one card per file)</source>
        <translation>每个联系人一个 .vcf，写入文件夹 --out（Outlook 每个文件导入一张名片）</translation>
    </message>
    <message>
        <source>the account a vCard file&apos;s contacts join</source>
        <translation>vCard 文件中的联系人所加入的客户</translation>
    </message>
    <message>
        <source>a contact&apos;s personal data: a copy, or erasure</source>
        <translation>联系人的个人数据：副本或删除</translation>
    </message>
    <message>
        <source>everything stored about a contact, as JSON</source>
        <translation>关于某联系人保存的全部数据，JSON 格式</translation>
    </message>
    <message>
        <source>the file, or a folder for it (contact-&lt;id&gt;.json)</source>
        <translation>文件，或存放它的文件夹（contact-&lt;id&gt;.json）</translation>
    </message>
    <message>
        <source>erase a contact&apos;s personal data, keeping history</source>
        <translation>删除联系人的个人数据，保留历史记录</translation>
    </message>
    <message>
        <source>why (kept in the audit trail)</source>
        <translation>原因（保存在审计记录中）</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不要求确认</translation>
    </message>
    <message>
        <source>vCard export is for contacts, not %1.</source>
        <translation>vCard 导出仅适用于联系人，不适用于 %1。</translation>
    </message>
    <message>
        <source>--vcard-version, --account and --split are for vCard exports (--format vcf).</source>
        <translation>--vcard-version、--account 和 --split 仅用于 vCard 导出（--format vcf）。</translation>
    </message>
    <message>
        <source>vCard files hold contacts, not %1.</source>
        <translation>vCard 文件包含的是联系人，而不是 %1。</translation>
    </message>
    <message>
        <source>--account is for vCard files (.vcf); a spreadsheet names its accounts.</source>
        <translation>--account 仅用于 vCard 文件（.vcf）；电子表格会写明其客户。</translation>
    </message>
    <message>
        <source>A vCard file does not say which account its contacts belong to: add --account CODE.</source>
        <translation>vCard 文件没有说明其联系人属于哪个客户：请添加 --account 代码。</translation>
    </message>
    <message>
        <source>--map and --default-kind are for spreadsheets, not vCard files.</source>
        <translation>--map 和 --default-kind 仅用于电子表格，不用于 vCard 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>No contact has the name or id &quot;%1&quot;.</source>
        <translation>没有姓名或 ID 为“%1”的联系人。</translation>
    </message>
    <message>
        <source>%1 contacts are called &quot;%2&quot;: %3. Give the id instead.</source>
        <translation>有 %1 个联系人名为“%2”：%3。请改为提供 ID。</translation>
    </message>
    <message>
        <source>everything stored about %1 (%2) written to %3</source>
        <translation>关于 %1（%2）保存的全部数据已写入 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id; erasure takes the id (contact export-data NAME shows it).</source>
        <translation>“%1”不是联系人 ID；删除需要 ID（contact export-data 姓名 可以显示它）。</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>没有 ID 为 %1 的联系人。</translation>
    </message>
    <message>
        <source>Nothing was erased: the erasure was not confirmed (or add --yes).</source>
        <translation>未删除任何内容：删除没有得到确认（或添加 --yes）。</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (%2)? This cannot be undone. Type &quot;yes&quot; to go on: </source>
        <translation>要删除 %1（%2）的个人数据吗？此操作无法撤销。输入 &quot;yes&quot; 继续：</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Write the recovery key down or print it and keep it somewhere safe, away from this computer. Without it, the database cannot be opened if this computer&apos;s keyring is lost (a new computer, a reset Windows account). Anyone who has it and the file can read the data.</source>
        <translation>请把恢复密钥抄下来或打印出来，保存在远离这台计算机的安全地方。没有它，一旦这台计算机的密钥环丢失（换了新计算机、重置了 Windows 帐户），数据库将无法打开。任何同时拥有它和该文件的人都能读取数据。</translation>
    </message>
    <message>
        <source>encrypt a database file in place (the key goes to the system keyring)</source>
        <translation>就地加密数据库文件（密钥存入系统密钥环）</translation>
    </message>
    <message>
        <source>turn an encrypted database back into a plain file</source>
        <translation>将加密的数据库还原为普通文件</translation>
    </message>
    <message>
        <source>the database encryption key: recover, show-recovery</source>
        <translation>数据库加密密钥：recover、show-recovery</translation>
    </message>
    <message>
        <source>enter a database&apos;s recovery key and keep it in the system keyring</source>
        <translation>输入数据库的恢复密钥并保存到系统密钥环</translation>
    </message>
    <message>
        <source>read the recovery key from stdin, not a prompt</source>
        <translation>从标准输入读取恢复密钥，而不是提示输入</translation>
    </message>
    <message>
        <source>show the recovery key of the databases encrypted on this computer</source>
        <translation>显示在这台计算机上加密的数据库的恢复密钥</translation>
    </message>
    <message>
        <source>Only database files are encrypted by acct-desktop; a server database is protected by the server&apos;s own encryption.</source>
        <translation>acct-desktop 只加密数据库文件；服务器数据库由服务器自身的加密保护。</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its key is in this computer&apos;s keyring.</source>
        <translation>%1 已加密。其密钥保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>It is the same recovery key as for the databases you encrypted here before.</source>
        <translation>这与您之前在此加密的数据库使用的是同一个恢复密钥。</translation>
    </message>
    <message>
        <source>%1 is no longer encrypted: anyone who can read the file can read its data.</source>
        <translation>%1 已不再加密：任何能读取该文件的人都能读取其数据。</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>恢复密钥：%1</translation>
    </message>
    <message>
        <source>the month&apos;s figures against plan, trend, execution, issues and focus (PDF)</source>
        <translation>本月数据与计划对比、趋势、执行、问题和重点（PDF）</translation>
    </message>
    <message>
        <source>this month or an earlier one (this month: to date)</source>
        <translation>本月或更早的月份（本月：截至今日）</translation>
    </message>
    <message>
        <source>this territory and those below it</source>
        <translation>此区域及其下级区域</translation>
    </message>
    <message>
        <source>language of the PDF (default: the app-wide --lang, else View → Language, else the system&apos;s)</source>
        <translation>PDF 的语言（默认：命令前的 --lang，否则为 视图 → 语言，否则为系统语言）</translation>
    </message>
    <message>
        <source>print a month without sales figures all the same (its first page says that none were imported)</source>
        <translation>没有销售数据的月份也照样打印（第一页会注明没有导入任何数据）</translation>
    </message>
    <message>
        <source>%1 Import the month first (acct-desktop import sales FILE --db DB), or pass --allow-empty to print it anyway.</source>
        <translation>%1 请先导入该月的数据（acct-desktop import sales FILE --db DB），或加上 --allow-empty 照样打印。</translation>
    </message>
    <message>
        <source>the file, or a folder for it (named after the document)</source>
        <translation>文件，或存放它的文件夹（文件按文档命名）</translation>
    </message>
    <message>
        <source>--header-row takes the number of the row that holds the column names, such as 3, not &quot;%1&quot;.</source>
        <translation>--header-row 需要包含列名的行号，例如 3，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 %2: %3 has no day %4; it has %5 days.</source>
        <translation>%1 %2：%3 没有 %4 日；该月只有 %5 天。</translation>
    </message>
    <message>
        <source>%1 must be a month like %2, not %3.</source>
        <translation>%1 必须是类似 %2 的月份，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 %2: there is no month %3; months are 1 to 12.</source>
        <translation>%1 %2：没有第 %3 月；月份为 1 到 12。</translation>
    </message>
    <message>
        <source>%1 %2: there is no year 0.</source>
        <translation>%1 %2：没有公元 0 年。</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>outranked</source>
        <translation>被优先级更高的政策取代</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Below floor price</source>
        <translation>低于限价</translation>
    </message>
    <message>
        <source>Below minimum markup</source>
        <translation>低于最低成本加成率</translation>
    </message>
    <message>
        <source>Discount over band</source>
        <translation>折扣超出范围</translation>
    </message>
    <message>
        <source>Discount needs approval</source>
        <translation>折扣需审批</translation>
    </message>
    <message>
        <source>a customer&apos;s price for a product, with the policies behind it</source>
        <translation>客户购买某产品的价格，及其背后的政策</translation>
    </message>
    <message>
        <source>quantity, e.g. 40</source>
        <translation>数量，例如 40</translation>
    </message>
    <message>
        <source>pack (carton), L, mL, kg, g or t</source>
        <translation>pack（箱）、L、mL、kg、g 或 t</translation>
    </message>
    <message>
        <source>price on this day (default: today)</source>
        <translation>此日期的价格（默认：今天）</translation>
    </message>
    <message>
        <source>default: the account&apos;s currency</source>
        <translation>默认：客户的币种</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>find overlapping, looping, never-firing or stale price policies (exit 1 if any)</source>
        <translation>查找重叠、循环、永不生效或过时的价格政策（如有则以 1 退出）</translation>
    </message>
    <message>
        <source>check as of this day (today)</source>
        <translation>按此日期检查（今天）</translation>
    </message>
    <message>
        <source>a customer&apos;s price list (its prices, quantity breaks, validity)</source>
        <translation>客户的价目表（价格、数量折扣档、有效期）</translation>
    </message>
    <message>
        <source>prices on this day (today)</source>
        <translation>此日期的价格（今天）</translation>
    </message>
    <message>
        <source>%1 must be a number above 0, not %2.</source>
        <translation>%1 必须是大于 0 的数字，而不是 %2。</translation>
    </message>
    <message>
        <source>--currency must be a three-letter code like EUR, not %1.</source>
        <translation>--currency 必须是类似 EUR 的三字母代码，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 %2 on %3, in %4</source>
        <translation>%1 %2，日期 %3，币种 %4</translation>
    </message>
    <message>
        <source>  price     %1 %2 per %3</source>
        <translation>  价格      %1 %2/%3</translation>
    </message>
    <message>
        <source>            (%1 %2 per %3 %4 pack)</source>
        <translation>            （按每件 %3 %4 计 %1 %2）</translation>
    </message>
    <message>
        <source>  total     %1 %2</source>
        <translation>  合计      %1 %2</translation>
    </message>
    <message>
        <source>  list      %1 %2   (discount %3)</source>
        <translation>  目录价    %1 %2   （折扣 %3）</translation>
    </message>
    <message>
        <source>  cost      %1 %2   (markup %3)</source>
        <translation>  成本      %1 %2   （成本加成率 %3）</translation>
    </message>
    <message>
        <source>  policy    %1 %2, valid until %3</source>
        <translation>  政策      %1 %2，有效期至 %3</translation>
    </message>
    <message>
        <source>  policy    %1 %2</source>
        <translation>  政策      %1 %2</translation>
    </message>
    <message>
        <source>  policy    none applies: the list price stands</source>
        <translation>  政策      无适用政策：按目录价</translation>
    </message>
    <message>
        <source>Policies considered:</source>
        <translation>参考的政策：</translation>
    </message>
    <message>
        <source>  none in the register applies to this account and product</source>
        <translation>  登记册中没有适用于此客户和产品的政策</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Flags: none</source>
        <translation>提示：无</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>warning: %1 (marked * on the list; see acct-desktop check-register)</source>
        <translation>警告：%1（价格表上以 * 标出；请运行 acct-desktop check-register）</translation>
    </message>
    <message>
        <source>price list of %1 on %2: %3 products in %4, written to %5</source>
        <translation>%1 在 %2 的价目表：%3 个产品，币种 %4，已写入 %5</translation>
    </message>
    <message>
        <source>the price-policy register is consistent on %1</source>
        <translation>价格政策登记册在 %1 是一致的</translation>
    </message>
    <message>
        <source>%1 problem(s) in the price-policy register on %2:</source>
        <translation>价格政策登记册在 %2 有 %1 个问题：</translation>
    </message>
    <message>
        <source>list quotes</source>
        <translation>列出报价单</translation>
    </message>
    <message>
        <source>quotes, newest first, with their totals</source>
        <translation>报价单，最新的在前，附合计</translation>
    </message>
    <message>
        <source>latest revisions in this status; replaced: the revisions a later one replaced</source>
        <translation>处于此状态的最新版本；replaced：已被后续版本取代的版本</translation>
    </message>
    <message>
        <source>only this account&apos;s quotes</source>
        <translation>仅此客户的报价单</translation>
    </message>
    <message>
        <source>a quote as PDF (its latest revision, or NUMBER R2 for that one)</source>
        <translation>报价单的 PDF（最新版本，或用 编号 R2 指定该版本）</translation>
    </message>
    <message>
        <source>the order confirmation of an accepted quote as PDF</source>
        <translation>已接受报价单的订单确认 PDF</translation>
    </message>
    <message>
        <source>Q-2026-7KX-00042 (or … R2)</source>
        <translation>Q-2026-7KX-00042（或 … R2）</translation>
    </message>
    <message>
        <source>that revision (the latest when left out)</source>
        <translation>该修订版（省略时为最新修订版）</translation>
    </message>
    <message>
        <source>No quotes match.</source>
        <translation>没有匹配的报价单。</translation>
    </message>
    <message>
        <source>“%1” is not a revision; write R2.</source>
        <translation>“%1”不是修订版号；请写成 R2。</translation>
    </message>
    <message>
        <source>No quote has the number “%1”.</source>
        <translation>没有编号为“%1”的报价单。</translation>
    </message>
    <message>
        <source>rebate calculations</source>
        <translation>返利计算</translation>
    </message>
    <message>
        <source>what-if: the rebate on a volume under given terms</source>
        <translation>假设计算：给定条件下某一进货额的返利</translation>
    </message>
    <message>
        <source>THRESHOLD:RATE pairs, e.g. &quot;0:1,100000:2,250000:3&quot;</source>
        <translation>门槛:比率 配对，例如 &quot;0:1,100000:2,250000:3&quot;</translation>
    </message>
    <message>
        <source>the rate for --kind fixed, e.g. 2.5</source>
        <translation>--kind fixed 的比率，例如 2.5</translation>
    </message>
    <message>
        <source>volume (amount) in the period</source>
        <translation>期间内的进货额（金额）</translation>
    </message>
    <message>
        <source>same period last year (for --kind growth)</source>
        <translation>去年同期（用于 --kind growth）</translation>
    </message>
    <message>
        <source>%1 is too big: %2.</source>
        <translation>%1 太大：%2。</translation>
    </message>
    <message>
        <source>--percent must be 0 to 100, not %1.</source>
        <translation>--percent 必须在 0 到 100 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>--currency must be a three-letter code such as EUR, CNY or VND, not %1.</source>
        <translation>--currency 必须是三个字母的代码，例如 EUR、CNY 或 VND，而不是 %1。</translation>
    </message>
    <message>
        <source>rebate: %1 %2</source>
        <translation>返利：%1 %2</translation>
    </message>
    <message>
        <source>next tier in: %1 %2</source>
        <translation>距下一档还差：%1 %2</translation>
    </message>
    <message>
        <source>print a rebate statement (tiers, volume to date, accrual, distance to next tier)</source>
        <translation>打印返利对账单（档位、累计进货额、计提、距下一档差额）</translation>
    </message>
    <message>
        <source>one agreement, e.g. R-2026-0005</source>
        <translation>一份协议，例如 R-2026-0005</translation>
    </message>
    <message>
        <source>all active agreements of an account</source>
        <translation>客户的所有有效协议</translation>
    </message>
    <message>
        <source>the statement date: sales and settlements up to it count (default: today)</source>
        <translation>对账日期：截至该日的销售和结算计入（默认：今天）</translation>
    </message>
    <message>
        <source>leave out the chart (prints faster)</source>
        <translation>不含图表（打印更快）</translation>
    </message>
    <message>
        <source>%1 %2: rebate statement on %3 (%4) written to %5</source>
        <translation>%1 %2：%3 的返利对账单（%4）已写入 %5</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>sell_in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>sell_out</source>
        <translation>终端销售</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>reports printed to the terminal (sales totals)</source>
        <translation>输出到终端的报表（销售合计）</translation>
    </message>
    <message>
        <source>exact sales totals per period, account, territory, category or product</source>
        <translation>按期间、客户、区域、类别或产品的精确销售合计</translation>
    </message>
    <message>
        <source>sell_in, outbound, sell_out or stock, or the word for it in your language (default sell_in)</source>
        <translation>sell_in、outbound、sell_out 或 stock，也可用您语言中的说法（默认 sell_in）</translation>
    </message>
    <message>
        <source>first day (included)</source>
        <translation>第一天（含）</translation>
    </message>
    <message>
        <source>last day (included)</source>
        <translation>最后一天（含）</translation>
    </message>
    <message>
        <source>this account and those below it</source>
        <translation>此客户及其下级客户</translation>
    </message>
    <message>
        <source>exact figures as JSON</source>
        <translation>精确数据，JSON 格式</translation>
    </message>
    <message>
        <source>propose visits for a period, as Plan visits… does (--accept writes them)</source>
        <translation>为一段期间提出拜访方案，与“规划拜访…”相同（--accept 将其写入日历）</translation>
    </message>
    <message>
        <source>first day (default: this week on a Monday, else next)</source>
        <translation>第一天（默认：周一为本周，其他日子为下周）</translation>
    </message>
    <message>
        <source>last day (default: the end of the first day&apos;s week)</source>
        <translation>最后一天（默认：第一天所在周的最后一个工作日）</translation>
    </message>
    <message>
        <source>whose public holidays take no new visits: NL, VN, CN… or none (default: as Plan visits… last used)</source>
        <translation>哪个国家的法定节假日不安排新拜访：NL、VN、CN… 或 none（默认：与“规划拜访…”上次所用相同）</translation>
    </message>
    <message>
        <source>the country&apos;s region whose holidays apply too (BY…)</source>
        <translation>该国家中其节假日同样适用的地区（BY…）</translation>
    </message>
    <message>
        <source>more days off, e.g. 2026-12-24,2026-12-28..2026-12-31 (added to those of Plan visits…)</source>
        <translation>更多休息日，如 2026-12-24,2026-12-28..2026-12-31（加在“规划拜访…”中的休息日之外）</translation>
    </message>
    <message>
        <source>plan as at this moment: today&apos;s visits start after it (default: now)</source>
        <translation>按此时刻规划：今天的拜访在此之后开始（默认：现在）</translation>
    </message>
    <message>
        <source>start each day here (home or office), e.g. 10.7769,106.7009, or first-visit (default: as Plan visits… last used)</source>
        <translation>每天从这里出发（家或办公室），如 10.7769,106.7009，或 first-visit（默认：与“规划拜访…”上次所用相同）</translation>
    </message>
    <message>
        <source>start each day at this account</source>
        <translation>每天从这个客户出发</translation>
    </message>
    <message>
        <source>end each day at its last visit, not back at the start</source>
        <translation>每天在最后一个拜访结束，不返回出发地点</translation>
    </message>
    <message>
        <source>plan only the accounts of this territory and those below it (repeatable)</source>
        <translation>只为该区域及其下级区域的客户排程（可重复）</translation>
    </message>
    <message>
        <source>plan only this account and everything below it (repeatable)</source>
        <translation>只为该客户及其所有下级客户排程（可重复）</translation>
    </message>
    <message>
        <source>write the proposed visits into the calendar</source>
        <translation>将提出的拜访写入日历</translation>
    </message>
    <message>
        <source>--to must be on or after --from.</source>
        <translation>--to 不能早于 --from。</translation>
    </message>
    <message>
        <source>%1 new visit written.</source>
        <translation>已写入 %1 次新拜访。</translation>
    </message>
    <message>
        <source>%1 new visits written.</source>
        <translation>已写入 %1 次新拜访。</translation>
    </message>
    <message>
        <source>--region needs a country: give --country too.</source>
        <translation>--region 需要指定国家：请同时给出 --country。</translation>
    </message>
    <message>
        <source>%1 must be a day and time like %2, not %3.</source>
        <translation>%1 必须是类似 %2 的日期和时间，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be a day like %2, not %3.</source>
        <translation>%1 必须是类似 %2 的日期，而不是 %3。</translation>
    </message>
    <message>
        <source>Plan %1 – %2: %3 new, %4 already booked, about %5 km.</source>
        <translation>计划 %1 – %2：新增 %3 次，已预约 %4 次，约 %5 公里。</translation>
    </message>
    <message>
        <source>Official working weekend days, planned as working days: %1</source>
        <translation>调休上班日，按工作日安排：%1</translation>
    </message>
    <message>
        <source>No new visits on %1 — %2</source>
        <translation>%1 不安排新拜访 — %2</translation>
    </message>
    <message>
        <source>Not planned: %1</source>
        <translation>未安排：%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 个</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1，按 %2，%3</translation>
    </message>
    <message>
        <source>No %1 figures in this selection.</source>
        <translation>此选择中没有 %1 数据。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>visits: first day</source>
        <translation>拜访：第一天</translation>
    </message>
    <message>
        <source>visits: last day</source>
        <translation>拜访：最后一天</translation>
    </message>
    <message>
        <source>visits: time zone of the calendar (default: this computer&apos;s)</source>
        <translation>拜访：日历的时区（默认：本机的时区）</translation>
    </message>
    <message>
        <source>visits: zone of times without one (default: this computer&apos;s)</source>
        <translation>拜访：未带时区的时间所用的时区（默认：本机的时区）</translation>
    </message>
    <message>
        <source>visits: import the rest when some events name no account found here (else the file is refused)</source>
        <translation>visits：部分事件指向此处找不到的客户时，导入其余部分（否则拒绝整个文件）</translation>
    </message>
    <message>
        <source>To import the rest: --skip-unmatched.</source>
        <translation>要导入其余部分：--skip-unmatched。</translation>
    </message>
    <message>
        <source>Give the days to export: --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>请给出要导出的日期：--from YYYY-MM-DD --to YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--format is for spreadsheets and vCards; visits are written as .ics.</source>
        <translation>--format 仅用于电子表格和 vCard；拜访会写成 .ics。</translation>
    </message>
    <message>
        <source>--account, --vcard-version and --split are for vCard exports.</source>
        <translation>--account、--vcard-version 和 --split 仅用于 vCard 导出。</translation>
    </message>
    <message>
        <source>%1 visits written to %2</source>
        <translation>%1 次拜访已写入 %2</translation>
    </message>
    <message>
        <source>--map and --default-kind are for spreadsheets, not calendar files.</source>
        <translation>--map 和 --default-kind 仅用于电子表格，不用于日历文件。</translation>
    </message>
    <message>
        <source>--account is for vCard files; a calendar event names its own account.</source>
        <translation>--account 仅用于 vCard 文件；日历事件会写明其客户。</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message>
        <source>… and %1 more skipped</source>
        <translation>… 另有 %1 项被跳过</translation>
    </message>
    <message>
        <source>the route sheet of each day and a prefilled sheet per planned visit (PDF)</source>
        <translation>每天的路线单，以及每次计划拜访的预填表（PDF）</translation>
    </message>
    <message>
        <source>the (first) day</source>
        <translation>（第一）天</translation>
    </message>
    <message>
        <source>the last day (default: --date)</source>
        <translation>最后一天（默认：--date）</translation>
    </message>
    <message>
        <source>only this account&apos;s visits</source>
        <translation>仅此客户的拜访</translation>
    </message>
    <message>
        <source>only your visits (your name from My details) in a team&apos;s database; default: every manager&apos;s, a route each</source>
        <translation>团队数据库中只打印您的拜访（按“我的信息”中的姓名）；默认：每位客户经理的拜访，各一份路线</translation>
    </message>
    <message>
        <source>language of the route sheets (default: the app-wide --lang, else the language chosen in the app, else the system&apos;s)</source>
        <translation>路线单的语言（默认：全局 --lang，其次为应用中选择的语言，再次为系统语言）</translation>
    </message>
    <message>
        <source>time zone of customers in countries without a known zone (default: this computer&apos;s)</source>
        <translation>所在国家没有已知时区的客户所用的时区（默认：本机的时区）</translation>
    </message>
    <message>
        <source>--mine needs your name: run `acct-desktop manager --name … --organisation …` first.</source>
        <translation>--mine 需要您的姓名：请先运行 `acct-desktop manager --name … --organisation …`。</translation>
    </message>
    <message>
        <source>a month the file holds, e.g. 2026-10 (repeatable, or 2026-09,2026-10): rows outside the months named are refused (sales only)</source>
        <translation>文件所含的月份，如 2026-10（可重复，或写成 2026-09,2026-10）：指明月份以外的行将被拒绝（仅限销售数据）</translation>
    </message>
    <message>
        <source>whose figures the file replaces in its months: file (default: each account&apos;s measures in the file), territory (every account of its accounts&apos; territories) or all (every account); for a corrected file that moves figures between accounts (sales only)</source>
        <translation>文件在其所含月份中替换谁的数据：file（默认：文件中各客户的对应指标）、territory（文件中客户所属区域的所有客户）或 all（所有客户）；用于把数据在客户之间移动的更正文件（仅限销售数据）</translation>
    </message>
    <message>
        <source>the column read as the amount holds amounts, though its header names a quantity or its numbers equal the quantities (sales only)</source>
        <translation>读作金额的列确实是金额，即使它的表头是数量或数字与数量相同（仅限销售数据）</translation>
    </message>
    <message>
        <source>the file has no amounts: its figures, and those it replaces, get amount 0 (refused otherwise when those hold amounts or a column not read holds numbers; sales only)</source>
        <translation>文件中没有金额：导入的数据及被替换的数据，金额都为 0（否则当被替换的数据有金额、或有未读取的列包含数字时将拒绝导入；仅限销售数据）</translation>
    </message>
    <message>
        <source>the file has no quantities: its figures, and those it replaces, get quantity 0 (refused otherwise when those hold quantities or a column not read holds numbers; sales only)</source>
        <translation>文件中没有数量：导入的数据及被替换的数据，数量都为 0（否则当被替换的数据有数量、或有未读取的列包含数字时将拒绝导入；仅限销售数据）</translation>
    </message>
    <message>
        <source>--period takes a month written as 2026-10, not &quot;%1&quot;</source>
        <translation>--period 需要写成 2026-10 这样的月份，而不是“%1”</translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; has no month %2</source>
        <translation>--period：“%1”中没有第 %2 月</translation>
    </message>
    <message>
        <source>--measure-word takes WORD=MEASURE, such as Verkoop=sell_in, not &quot;%1&quot;</source>
        <translation>--measure-word 的格式为 词=指标，例如 Verkoop=sell_in，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>%1 days after signing</source>
        <translation>签订后 %1 天录入</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品范围</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Guide price</source>
        <translation>指导价</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>Min. markup %</source>
        <translation>最低成本加成率 %</translation>
    </message>
    <message>
        <source>Max discount %</source>
        <translation>最大折扣（%）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>返利阶梯</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Entered late</source>
        <translation>逾期录入</translation>
    </message>
    <message>
        <source>Accrued so far</source>
        <translation>累计至今</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>已达阶梯</translation>
    </message>
    <message>
        <source>Still to buy</source>
        <translation>尚需进货</translation>
    </message>
    <message>
        <source>Next tier by</source>
        <translation>下一阶梯截止</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>净额合计</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次应访</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>未结问题</translation>
    </message>
    <message>
        <source>YTD vs target</source>
        <translation>年初至今对比目标</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Shelf %</source>
        <translation>货架占比（%）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Revenue (12 m)</source>
        <translation>收入（12 个月）</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率（%）</translation>
    </message>
    <message>
        <source>Products bought</source>
        <translation>已购产品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List margin %</source>
        <translation>目录价毛利率（%）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>达成率（%）</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>终端销售</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>确认清单</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具人</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Stamped on</source>
        <translation>盖章日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异率（%）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>完成率（%）</translation>
    </message>
    <message>
        <source>Cycle (days)</source>
        <translation>周期（天）</translation>
    </message>
    <message>
        <source>Cycle from</source>
        <translation>周期来源</translation>
    </message>
    <message>
        <source>Last done visit</source>
        <translation>上次完成的拜访</translation>
    </message>
    <message>
        <source>Within cycle</source>
        <translation>在周期内</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>首次处理</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>询价日期</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Accrued</source>
        <translation>应计</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已兑付</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>待兑付</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>对比计划</translation>
    </message>
</context>
<context>
    <name>copyRows</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>复制整个表格</translation>
    </message>
</context>
<context>
    <name>discrepancy</name>
    <message>
        <source>Out of stock / short delivery</source>
        <translation>断货/到货不足</translation>
    </message>
    <message>
        <source>Too much stock in the channel</source>
        <translation>渠道库存过多</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Competitor activity</source>
        <translation>竞争对手活动</translation>
    </message>
    <message>
        <source>Promotion (late, missed, ended)</source>
        <translation>促销（延迟、错过、已结束）</translation>
    </message>
    <message>
        <source>Logistics / delivery</source>
        <translation>物流/配送</translation>
    </message>
    <message>
        <source>Listing / range change</source>
        <translation>铺货/品项变化</translation>
    </message>
    <message>
        <source>Season or weather</source>
        <translation>季节或天气</translation>
    </message>
    <message>
        <source>Data error (ERP or target)</source>
        <translation>数据错误（ERP 或目标）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>%1 %2, no target</source>
        <translation>%1 %2，无目标</translation>
    </message>
    <message>
        <source>%1 of %3 %2 planned</source>
        <translation>计划 %3 %2，实际 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1（截至 %2）</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <source>Account tree</source>
        <translation>客户树</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Contact map</source>
        <translation>联系人关系图</translation>
    </message>
    <message>
        <source>Customer issues</source>
        <translation>客户问题</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI 看板</translation>
    </message>
    <message>
        <source>Plan vs actual</source>
        <translation>计划与实际</translation>
    </message>
    <message>
        <source>Price policies and rebates</source>
        <translation>价格政策和返利</translation>
    </message>
    <message>
        <source>Quote builder</source>
        <translation>报价单编辑器</translation>
    </message>
    <message>
        <source>Visit calendar</source>
        <translation>拜访日历</translation>
    </message>
</context>
<context>
    <name>globalSearch</name>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>确认清单</translation>
    </message>
</context>
<context>
    <name>importFields</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Parent account code</source>
        <translation>上级客户编码</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Purchasing policy</source>
        <translation>采购政策</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Messenger ID</source>
        <translation>即时通讯账号</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>issues</name>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · 已逾期</translation>
    </message>
    <message>
        <source>%1 (customer)</source>
        <translation>%1（客户方）</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>重新读取数据 (F5)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Open a database to see the KPIs.</source>
        <translation>打开数据库以查看 KPI。</translation>
    </message>
    <message>
        <source>Current account and below</source>
        <translation>当前客户及其下级</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>Choose an account in the tree, or pick Everything as the scope.</source>
        <translation>请在客户树中选择一个客户，或将范围设为“全部”。</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>No sales imported yet — File → Import sales…</source>
        <translation>尚未导入销售数据——文件 → 导入销售数据…</translation>
    </message>
    <message>
        <source>Click to see the rows behind the chart</source>
        <translation>单击查看图表背后的明细行</translation>
    </message>
    <message>
        <source>no manager</source>
        <translation>无客户经理</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>尚未导入</translation>
    </message>
    <message>
        <source>Nothing was counted for this period.</source>
        <translation>此期间没有统计数据。</translation>
    </message>
    <message>
        <source>Sell-in vs target</source>
        <translation>进货对比目标</translation>
    </message>
    <message>
        <source>Warehouses behind plan</source>
        <translation>落后于计划的仓库</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>已完成拜访</translation>
    </message>
    <message>
        <source>Accounts within their visit cycle</source>
        <translation>在拜访周期内的客户</translation>
    </message>
    <message>
        <source>Issues closed on time</source>
        <translation>按时关闭的问题</translation>
    </message>
    <message>
        <source>Quote win rate</source>
        <translation>报价成交率</translation>
    </message>
    <message>
        <source>Open quote pipeline</source>
        <translation>未决报价金额</translation>
    </message>
    <message>
        <source>Rebates still owed</source>
        <translation>待兑付返利</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>Days to act on an issue</source>
        <translation>问题响应天数</translation>
    </message>
    <message>
        <source>Days to send a quote</source>
        <translation>报价发出天数</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>复购客户</translation>
    </message>
    <message>
        <source>Accounts per manager</source>
        <translation>人均客户数</translation>
    </message>
    <message>
        <source>Within cycle</source>
        <translation>在周期内</translation>
    </message>
    <message>
        <source>Issues on time</source>
        <translation>按时处理的问题</translation>
    </message>
    <message>
        <source>Quotes won</source>
        <translation>报价成交</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>nothing requested in this period</source>
        <translation>此期间无询价</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 answered, %2 still waiting</source>
        <translation>已答复 %1，仍在等待 %2</translation>
    </message>
    <message>
        <source>plan to date %1; import the ERP&apos;s sales</source>
        <translation>截至今日计划 %1；请导入 ERP 销售数据</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>sell-in %1</source>
        <translation>进货 %1</translation>
    </message>
    <message>
        <source>sell-in %1, figures to %2</source>
        <translation>进货 %1，数据截至 %2</translation>
    </message>
    <message>
        <source>%1: no figures yet</source>
        <translation>%1：尚无数据</translation>
    </message>
    <message>
        <source>no outbound targets in this scope</source>
        <translation>此范围内没有出库目标</translation>
    </message>
    <message>
        <source>no outbound of this period in yet</source>
        <translation>本期出库数据尚未导入</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 个中的 %1 个</translation>
    </message>
    <message>
        <source>furthest behind: %1 %2 on outbound</source>
        <translation>落后最多：%1，出库 %2</translation>
    </message>
    <message>
        <source>outbound on or ahead of plan</source>
        <translation>出库符合或超出计划</translation>
    </message>
    <message>
        <source>accounts: %1 · managers: %2 · without a manager: %3</source>
        <translation>客户：%1 · 客户经理：%2 · 无客户经理：%3</translation>
    </message>
    <message>
        <source>%1 of %2 planned visits done</source>
        <translation>计划拜访 %2 次，已完成 %1 次</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%2 个客户中的 %1 个</translation>
    </message>
    <message>
        <source>no visits recorded yet: nothing to measure</source>
        <translation>尚无拜访记录：暂无可衡量的数据</translation>
    </message>
    <message>
        <source>%1 of %2 due; %3 open past deadline</source>
        <translation>到期 %2 个中按时解决 %1 个；%3 个未结且已过期限</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>成交 %1，未成交 %2</translation>
    </message>
    <message>
        <source>%1 quotes open</source>
        <translation>%1 份报价单未决</translation>
    </message>
    <message>
        <source>accrued %1</source>
        <translation>应计 %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 份回答</translation>
    </message>
    <message>
        <source>no survey answers</source>
        <translation>无调查回答</translation>
    </message>
    <message>
        <source>%1 bought in the period before</source>
        <translation>上一期有 %1 个客户进货</translation>
    </message>
    <message>
        <source>%1 of %2 bought again</source>
        <translation>%2 个客户中 %1 个再次进货</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>达成率（%）</translation>
    </message>
    <message>
        <source>No accounts to rank</source>
        <translation>没有可排名的客户</translation>
    </message>
    <message>
        <source>No sell-in of this period in yet: nobody to rank</source>
        <translation>本期进货数据尚未导入：暂无排名</translation>
    </message>
    <message>
        <source>Nothing to measure in this period</source>
        <translation>此期间没有可统计的内容</translation>
    </message>
    <message>
        <source>No survey answers</source>
        <translation>无调查回答</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推荐者 (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>被动者 (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>贬损者 (0–6)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Sell-in against target: best and worst accounts</source>
        <translation>进货对比目标：最佳与最差客户</translation>
    </message>
    <message>
        <source>Outbound against target: warehouses, furthest behind first</source>
        <translation>出库对比目标：仓库，落后最多的在前</translation>
    </message>
    <message>
        <source>Sell-in and monthly sell-in targets of the 12 months ending %2, per currency.</source>
        <translation>截至 %2 的 12 个月的进货额和月度进货目标，按币种列示。</translation>
    </message>
    <message>
        <source>Accounts with a sell-in target, against the sell-in of the account and everything below it, %1 – %2 (without targets: by sell-in). Best first. Behind plan: more than %3 below target; ahead: more than %4 above (as in Plan vs actual).</source>
        <translation>有进货目标的客户，与该客户及其全部下级的进货额对比，%1 – %2（无目标的按进货额排序）。最佳在前。落后于计划：低于目标超过 %3；超出计划：高于目标超过 %4（与“计划与实际”相同）。</translation>
    </message>
    <message>
        <source>Accounts with an outbound target (distribution centres, branch warehouses), against the outbound of the account and everything below it, %1 – %2. Furthest behind first. Behind plan: more than %3 below target; ahead: more than %4 above (as in Plan vs actual).</source>
        <translation>有出库目标的客户（配送中心、分仓），与该客户及其全部下级的出库额对比，%1 – %2。落后最多的在前。落后于计划：低于目标超过 %3；超出计划：高于目标超过 %4（与“计划与实际”相同）。</translation>
    </message>
    <message>
        <source>Visits planned %1 – %2 (planned, done or missed; cancelled ones left out), by account.</source>
        <translation>%1 – %2 期间计划的拜访（已计划、已完成或已错过；不含已取消），按客户列示。</translation>
    </message>
    <message>
        <source>Each active account&apos;s cycle (its own, else its tier&apos;s, else 28 days) and whether its last done visit lies within it on %2.</source>
        <translation>每个活跃客户的周期（优先取其自身周期，否则取其等级的周期，再否则为 28 天），以及截至 %2 其上次完成的拜访是否在周期内。</translation>
    </message>
    <message>
        <source>Issues whose deadline fell %1 – %2; on time = resolved or verified by the deadline.</source>
        <translation>截止日期在 %1 – %2 之间的问题；按时 = 在截止日期前已解决或已核实。</translation>
    </message>
    <message>
        <source>Issues raised %1 – %2 and the day they were first acted on (empty: not yet).</source>
        <translation>%1 – %2 期间提出的问题及其首次处理日期（留空：尚未处理）。</translation>
    </message>
    <message>
        <source>Quotes decided %1 – %2: won = accepted or ordered; lost = rejected or expired.</source>
        <translation>%1 – %2 期间有结果的报价单：成交 = 已接受或已下单；未成交 = 已拒绝或已过期。</translation>
    </message>
    <message>
        <source>Quotes pending approval, approved or sent, now (net of line discounts).</source>
        <translation>当前待审批、已审批或已发送的报价单（扣除行折扣后的净额）。</translation>
    </message>
    <message>
        <source>Quotes requested %1 – %2 and the day they were sent (empty: not yet).</source>
        <translation>%1 – %2 期间询价的报价单及其发送日期（留空：尚未发送）。</translation>
    </message>
    <message>
        <source>Active and closed rebate agreements on %2: accrued, settled and still owed.</source>
        <translation>截至 %2 生效及已结算的返利协议：应计、已兑付和待兑付金额。</translation>
    </message>
    <message>
        <source>Recommendation answers (0–10) at done visits %1 – %2.</source>
        <translation>%1 – %2 期间已完成拜访中的推荐意愿回答 (0–10)。</translation>
    </message>
    <message>
        <source>Accounts with sell-in in the previous period, and whether they bought again.</source>
        <translation>上一期间有进货的客户，以及他们是否复购。</translation>
    </message>
    <message>
        <source>Active accounts by their territory&apos;s manager.</source>
        <translation>按区域客户经理统计的活跃客户。</translation>
    </message>
    <message>
        <source>Best and worst accounts</source>
        <translation>最佳与最差客户</translation>
    </message>
    <message>
        <source>● on track</source>
        <translation>● 正常</translation>
    </message>
    <message>
        <source>▲ watch</source>
        <translation>▲ 关注</translation>
    </message>
    <message>
        <source>▼ behind</source>
        <translation>▼ 落后</translation>
    </message>
    <message>
        <source>▼ behind plan</source>
        <translation>▼ 落后于计划</translation>
    </message>
    <message>
        <source>● on plan</source>
        <translation>● 符合计划</translation>
    </message>
    <message>
        <source>▲ ahead of plan</source>
        <translation>▲ 超出计划</translation>
    </message>
    <message>
        <source>Click to see the rows behind it</source>
        <translation>单击查看其明细行</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>区域办事处</translation>
    </message>
    <message>
        <source>Distribution centre</source>
        <translation>配送中心</translation>
    </message>
    <message>
        <source>Branch warehouse</source>
        <translation>分仓</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>修理厂</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Chain store</source>
        <translation>连锁门店</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>车队</translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation>工业</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术把关</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>拥护者</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>怀疑者</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>反对者</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Allied with</source>
        <translation>结盟</translation>
    </message>
    <message>
        <source>In conflict with</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>认识</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡店检查</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>经营指导</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Fixed %</source>
        <translation>固定比例（%）</translation>
    </message>
    <message>
        <source>Whole-volume tiers</source>
        <translation>全量阶梯</translation>
    </message>
    <message>
        <source>Banded tiers</source>
        <translation>分段累进阶梯</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长返利</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定价</translation>
    </message>
    <message>
        <source>Percent discount</source>
        <translation>百分比折扣</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Another policy</source>
        <translation>其他政策</translation>
    </message>
    <message>
        <source>Passenger car engine oil</source>
        <translation>乘用车发动机油</translation>
    </message>
    <message>
        <source>Heavy-duty diesel oil</source>
        <translation>重负荷柴油机油</translation>
    </message>
    <message>
        <source>Motorcycle oil</source>
        <translation>摩托车机油</translation>
    </message>
    <message>
        <source>Gear oil</source>
        <translation>齿轮油</translation>
    </message>
    <message>
        <source>Automatic transmission fluid</source>
        <translation>自动变速箱油</translation>
    </message>
    <message>
        <source>Hydraulic oil</source>
        <translation>液压油</translation>
    </message>
    <message>
        <source>Grease</source>
        <translation>润滑脂</translation>
    </message>
    <message>
        <source>Coolant</source>
        <translation>冷却液</translation>
    </message>
    <message>
        <source>Industrial oil</source>
        <translation>工业润滑油</translation>
    </message>
    <message>
        <source>Brake fluid</source>
        <translation>制动液</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>Discount over band</source>
        <translation>折扣超出范围</translation>
    </message>
    <message>
        <source>Below minimum markup</source>
        <translation>低于最低成本加成率</translation>
    </message>
    <message>
        <source>Below floor price</source>
        <translation>低于限价</translation>
    </message>
    <message>
        <source>Discount needs approval</source>
        <translation>折扣需审批</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Rebate / cash back</source>
        <translation>返利兑现</translation>
    </message>
    <message>
        <source>Defective products</source>
        <translation>不良品</translation>
    </message>
    <message>
        <source>Packaging version</source>
        <translation>包装版本</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>账务</translation>
    </message>
    <message>
        <source>Promotion expenses</source>
        <translation>促销费用</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Customer&apos;s</source>
        <translation>客户方</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>信用额度不能为负数。</translation>
    </message>
    <message>
        <source>Payment terms are limited to %1 characters.</source>
        <translation>付款条件最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>此客户已不存在。</translation>
    </message>
    <message>
        <source>Someone archived this account since you opened it; your change was not saved. Your text is kept: Restore the account (at the top of this card) and Save again, or choose another account to leave it archived.</source>
        <translation>自您打开后，有人已将此客户归档；您的更改未保存。您输入的内容已保留：恢复该客户（在此卡片顶部）后再次保存，或选择其他客户，使其保持归档。</translation>
    </message>
    <message>
        <source>Someone changed this account since you opened it. Your text is kept: reload the account (F5), check your changes over the new version and Save again.</source>
        <translation>您打开此客户后，有人修改了它。您输入的内容已保留：请重新加载客户 (F5)，在新版本上核对您的修改，然后再次保存。</translation>
    </message>
    <message>
        <source>A credit limit in %1 has no decimals.</source>
        <translation>以 %1 计的信用额度不能有小数。</translation>
    </message>
    <message>
        <source>A credit limit in %1 has at most %2 decimals.</source>
        <translation>以 %1 计的信用额度最多保留 %2 位小数。</translation>
    </message>
    <message>
        <source>%1 has %2 active accounts below it; archive them with it, or move them first.</source>
        <translation>%1 下面还有 %2 个有效客户；请一并归档，或先把它们移走。</translation>
    </message>
    <message>
        <source>Every account needs a code.</source>
        <translation>每个客户都需要编码。</translation>
    </message>
    <message>
        <source>A code has at most 40 characters.</source>
        <translation>编码最多 40 个字符。</translation>
    </message>
    <message>
        <source>A code cannot hold a tab or an invisible character.</source>
        <translation>编码不能包含制表符或不可见字符。</translation>
    </message>
    <message>
        <source>Code %1 is already used by another account.</source>
        <translation>编码 %1 已被另一个客户使用。</translation>
    </message>
    <message>
        <source>Every account needs a name.</source>
        <translation>每个客户都需要名称。</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90.</source>
        <translation>纬度必须在 -90 到 90 之间。</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180.</source>
        <translation>经度必须在 -180 到 180 之间。</translation>
    </message>
    <message>
        <source>Give both coordinates, or neither.</source>
        <translation>请同时填写纬度和经度，或都不填。</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address.</source>
        <translation>这看起来不像电子邮件地址。</translation>
    </message>
    <message>
        <source>The chosen parent account does not exist.</source>
        <translation>所选的上级客户不存在。</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first or choose another parent.</source>
        <translation>%1 已归档；请先恢复，或选择其他上级。</translation>
    </message>
    <message>
        <source>%1 is this account or sits below it; that would make a loop.</source>
        <translation>%1 就是此客户或位于其下级；这会形成循环。</translation>
    </message>
    <message>
        <source>A %1 cannot be at the top level.</source>
        <translation>%1不能位于最顶层。</translation>
    </message>
    <message>
        <source>A %1 cannot sit under a %2.</source>
        <translation>%1不能位于%2之下。</translation>
    </message>
    <message>
        <source>Someone archived this account since you opened it. Your text is kept: restore the account (Account → Restore, or Restore on its card) and open the form again.</source>
        <translation>您打开后，有人归档了该客户。您输入的内容已保留：请先恢复该客户（客户 → 恢复，或其卡片上的“恢复”），再重新打开表单。</translation>
    </message>
    <message>
        <source>Someone changed this account since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>您打开后，有人修改了该客户。您输入的内容已保留：请关闭表单后重新打开，即可在对方修改的基础上看到您的内容。</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first, then this account.</source>
        <translation>%1 已归档；请先恢复它，再恢复此客户。</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>此联系人已不存在。</translation>
    </message>
    <message>
        <source>A person cannot be linked to themselves.</source>
        <translation>不能将一个人与其自身关联。</translation>
    </message>
    <message>
        <source>Link people of the same customer (or its group).</source>
        <translation>请关联同一客户（或其集团）的人员。</translation>
    </message>
    <message>
        <source>These two are already linked this way.</source>
        <translation>这两人已经以这种方式关联。</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>每个联系人都需要姓名。</translation>
    </message>
    <message>
        <source>Keep the name under 200 characters.</source>
        <translation>姓名请少于 200 个字符。</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address (name@company.com).</source>
        <translation>这看起来不像电子邮件地址（name@company.com）。</translation>
    </message>
    <message>
        <source>Influence is 1 (little) to 5 (decisive).</source>
        <translation>影响力为 1（很小）到 5（决定性）。</translation>
    </message>
    <message>
        <source>The last contact cannot be in the future.</source>
        <translation>最近联系日期不能在将来。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>That person is no longer a contact.</source>
        <translation>此人已不再是联系人。</translation>
    </message>
    <message>
        <source>Choose a manager at this customer (or its group).</source>
        <translation>请选择此客户（或其集团）的上级。</translation>
    </message>
    <message>
        <source>That would make a reporting loop: %1.</source>
        <translation>这会形成汇报循环：%1。</translation>
    </message>
    <message>
        <source>A discrepancy form is about a whole month.</source>
        <translation>差异分析表针对一个完整的月份。</translation>
    </message>
    <message>
        <source>Write what the figures and the visit showed.</source>
        <translation>请写下数据和拜访显示的情况。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Name who takes the action.</source>
        <translation>请填写措施的责任人。</translation>
    </message>
    <message>
        <source>Give the action a deadline.</source>
        <translation>请为措施设定截止日期。</translation>
    </message>
    <message>
        <source>The deadline cannot be before the month analysed.</source>
        <translation>截止日期不能早于所分析的月份。</translation>
    </message>
    <message>
        <source>Say what action was taken before marking it taken or closed.</source>
        <translation>标记为已采取措施或已关闭之前，请说明采取了什么措施。</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Someone changed this discrepancy form since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>您打开后，有人修改了这份差异分析表。您输入的内容已保留：请关闭表单后重新打开，即可在对方修改的基础上看到您的内容。</translation>
    </message>
    <message>
        <source>That discrepancy form no longer exists.</source>
        <translation>该差异分析表已不存在。</translation>
    </message>
    <message>
        <source>Write the action, who takes it and by when before making it an issue.</source>
        <translation>将其转为问题之前，请写下措施、责任人和截止日期。</translation>
    </message>
    <message>
        <source>Describe the problem in the customer&apos;s words.</source>
        <translation>请用客户的原话描述问题。</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Name the person responsible for resolving it.</source>
        <translation>请填写负责解决此问题的责任人。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>An issue cannot be raised in the future.</source>
        <translation>问题的提出日期不能在将来。</translation>
    </message>
    <message>
        <source>The deadline cannot be before the day the issue was raised.</source>
        <translation>截止日期不能早于问题的提出日期。</translation>
    </message>
    <message>
        <source>Say how it was resolved before marking it resolved or verified.</source>
        <translation>标记为已解决或已核实之前，请说明处理结果。</translation>
    </message>
    <message>
        <source>Someone changed issue %1 since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>您打开后，有人修改了问题 %1。您输入的内容已保留：请关闭表单后重新打开，即可在对方修改的基础上看到您的内容。</translation>
    </message>
    <message>
        <source>This issue no longer exists.</source>
        <translation>此问题已不存在。</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first.</source>
        <translation>%1 已归档；请先恢复它。</translation>
    </message>
    <message>
        <source>That visit does not belong to this account.</source>
        <translation>该拜访不属于此客户。</translation>
    </message>
    <message>
        <source>An issue raised at a visit cannot be dated before the visit (%1).</source>
        <translation>拜访时提出的问题，提出日期不能早于该次拜访（%1）。</translation>
    </message>
    <message>
        <source>Another quote took this number at the same moment and the retries ran out; try again. If it keeps happening, two laptops share the device code — change yours under Tools → My details.</source>
        <translation>另一份报价单同时占用了此编号，重试次数已用完；请再试一次。如果反复出现，说明两台笔记本电脑使用了相同的设备代码——请在“工具 → 我的信息”中修改您的代码。</translation>
    </message>
    <message>
        <source>Line %1: no product has the SKU “%2”.</source>
        <translation>第 %1 行：没有 SKU 为“%2”的产品。</translation>
    </message>
    <message>
        <source>The unit is pack, L or kg.</source>
        <translation>单位须为 pack、L 或 kg。</translation>
    </message>
    <message>
        <source>pack, L or kg</source>
        <translation>pack、L 或 kg</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板命名。</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>请命名。</translation>
    </message>
    <message>
        <source>The quote has no lines to keep.</source>
        <translation>该报价单没有可保存的行。</translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>该模板已不存在。</translation>
    </message>
    <message>
        <source>Only a draft can be discarded.</source>
        <translation>只有草稿可以丢弃。</translation>
    </message>
    <message>
        <source>This quote no longer exists.</source>
        <translation>该报价单已不存在。</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>该行已不存在。</translation>
    </message>
    <message>
        <source>Revision R%1 replaces this one; edit that revision instead.</source>
        <translation>修订版 R%1 已取代此版本；请改为编辑该修订版。</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>没有可添加的内容。</translation>
    </message>
    <message>
        <source>“%1” is not a unit; use pack, L or kg.</source>
        <translation>“%1”不是单位；请使用 pack、L 或 kg。</translation>
    </message>
    <message>
        <source>A quote holds at most %1 lines.</source>
        <translation>一份报价单最多 %1 行。</translation>
    </message>
    <message>
        <source>This quote has been sent; revise it (Quote → Revise) to change anything.</source>
        <translation>该报价单已发送；如需修改，请先修订（报价 → 修订）。</translation>
    </message>
    <message>
        <source>This quote became an order and is locked.</source>
        <translation>该报价单已转为订单，已锁定。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be changed; revise it.</source>
        <translation>状态为“%1”的报价单不能修改；请修订。</translation>
    </message>
    <message>
        <source>Enter the date the quote is valid until.</source>
        <translation>请输入报价单的有效期截止日期。</translation>
    </message>
    <message>
        <source>A quote cannot expire before the day it is made.</source>
        <translation>报价单的失效日期不能早于报价日期。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>The delivery date is before the quote&apos;s date.</source>
        <translation>交货日期早于报价日期。</translation>
    </message>
    <message>
        <source>The quantity must be a number.</source>
        <translation>数量必须是数字。</translation>
    </message>
    <message>
        <source>A line holds at most %1; split larger orders.</source>
        <translation>每行最多 %1；更大的订单请分成多行。</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>数量必须大于 0。</translation>
    </message>
    <message>
        <source>The quantity is kept with three decimals: at least %1.</source>
        <translation>数量保留三位小数：至少 %1。</translation>
    </message>
    <message>
        <source>Prices and costs cannot be negative.</source>
        <translation>价格和成本不能为负数。</translation>
    </message>
    <message>
        <source>The discount must be between 0 and %2, not %1.</source>
        <translation>折扣必须在 0 到 %2 之间，不能是 %1。</translation>
    </message>
    <message>
        <source>The quote discount must be between 0 and %2, not %1.</source>
        <translation>报价单折扣必须在 0 到 %2 之间，不能是 %1。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and %2, not %1.</source>
        <translation>税率必须在 0 到 %2 之间，不能是 %1。</translation>
    </message>
    <message>
        <source>The quote discount must be a number.</source>
        <translation>报价单折扣必须是数字。</translation>
    </message>
    <message>
        <source>The tax rate must be a number.</source>
        <translation>税率必须是数字。</translation>
    </message>
    <message>
        <source>price %1 is below cost %2</source>
        <translation>价格 %1 低于成本 %2</translation>
    </message>
    <message>
        <source>The discount must be a number.</source>
        <translation>折扣必须是数字。</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR, CNY or VND.</source>
        <translation>币种是三个字母的代码，如 EUR、CNY 或 VND。</translation>
    </message>
    <message>
        <source>Choose a contact of this account or of its head office.</source>
        <translation>请选择此客户或其总部的联系人。</translation>
    </message>
    <message>
        <source>Keep the terms under 200 characters (put more in the notes).</source>
        <translation>条件请少于 200 个字符（更多内容请写在备注中）。</translation>
    </message>
    <message>
        <source>The recommendation score is a whole number from 0 to 10 (or leave it empty).</source>
        <translation>推荐评分是 0 到 10 的整数（或留空）。</translation>
    </message>
    <message>
        <source>Name the competitor (brand or company).</source>
        <translation>请填写竞争对手（品牌或公司）。</translation>
    </message>
    <message>
        <source>A price is a number of 0 or more.</source>
        <translation>价格是大于或等于 0 的数字。</translation>
    </message>
    <message>
        <source>A shelf share is a whole number from 0 to 100.</source>
        <translation>货架占比是 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>A visit in the future cannot be completed yet.</source>
        <translation>将来的拜访还不能完成。</translation>
    </message>
    <message>
        <source>Write a short summary of the visit before completing it.</source>
        <translation>完成拜访之前，请写一段简短的纪要。</translation>
    </message>
    <message>
        <source>The next visit must be after this one.</source>
        <translation>下次拜访必须在本次之后。</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is done.</source>
        <translation>只有计划中的拜访才能移动；这次拜访已完成。</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is cancelled.</source>
        <translation>只有计划中的拜访才能移动；这次拜访已取消。</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is missed.</source>
        <translation>只有计划中的拜访才能移动；这次拜访已错过。</translation>
    </message>
    <message>
        <source>A visit lasts at least 15 minutes.</source>
        <translation>一次拜访至少 15 分钟。</translation>
    </message>
    <message>
        <source>A visit lasts at most 12 hours; plan two visits instead.</source>
        <translation>一次拜访最长 12 小时；请安排两次拜访。</translation>
    </message>
    <message>
        <source>A visit in the future cannot be done yet.</source>
        <translation>未来的拜访还不能标记为已完成。</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>此拜访已不存在。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>lines %1 and %2 more, column &quot;%3&quot;: %4</source>
        <translation>第 %1 行等（另有 %2 行），“%3”列：%4</translation>
    </message>
    <message>
        <source>lines %1, column &quot;%2&quot;: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message>
        <source>lines %1 and %2 more: %3</source>
        <translation>第 %1 行等（另有 %2 行）：%3</translation>
    </message>
    <message>
        <source>lines %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 day %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等，另有 %2 个</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 个</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the code %1 is already used on line %2</source>
        <translation>编码 %1 已在第 %2 行使用</translation>
    </message>
    <message>
        <source>a new account needs a kind; use one of: %1</source>
        <translation>新客户需要类型；请使用以下之一：%1</translation>
    </message>
    <message>
        <source>an account cannot be its own parent</source>
        <translation>客户不能是自己的上级</translation>
    </message>
    <message>
        <source>there is no account %1 in the file or the database</source>
        <translation>文件和数据库中都没有客户 %1</translation>
    </message>
    <message>
        <source>this makes a loop: %1</source>
        <translation>这会形成循环：%1</translation>
    </message>
    <message>
        <source>as a %1 it could no longer hold %2 under it</source>
        <translation>作为%1，它将无法再容纳其下的%2</translation>
    </message>
    <message>
        <source>no column is read as the kind (columns not read: %1); map the column that holds the accounts&apos; kinds to the kind, or choose a kind for new accounts whose row gives none</source>
        <translation>没有列被读取为类型（未读取的列：%1）；请把包含客户类型的列对应到“类型”，或为未给出类型的新客户选择一个类型</translation>
    </message>
    <message>
        <source>no column is read as the parent code (columns not read: %1); map the column that holds the parent accounts&apos; codes to the parent code</source>
        <translation>没有任何列被识别为上级客户编码（未读取的列：%1）；请将包含上级客户编码的列映射为上级客户编码</translation>
    </message>
    <message>
        <source>a %1 needs a parent account: a %2</source>
        <translation>%1需要一个上级客户：%2</translation>
    </message>
    <message>
        <source>a %1 sits at the top and cannot be under %2</source>
        <translation>%1位于最顶层，不能位于 %2 之下</translation>
    </message>
    <message>
        <source>a %1 cannot sit under %2, a %3; its parent must be a %4</source>
        <translation>%1不能位于 %2（%3）之下；其上级必须是%4</translation>
    </message>
    <message>
        <source>%1 have no field &quot;%2&quot;; the fields are: %3</source>
        <translation>%1 没有字段“%2”；字段有：%3</translation>
    </message>
    <message>
        <source>the file has no column named &quot;%1&quot; (for %2)</source>
        <translation>文件中没有名为“%1”的列（用于 %2）</translation>
    </message>
    <message>
        <source>the file has more than one column named &quot;%1&quot; (for %2)</source>
        <translation>文件中有多个名为“%1”的列（用于 %2）</translation>
    </message>
    <message>
        <source>both &quot;%1&quot; and &quot;%2&quot; look like %3; map one of them explicitly</source>
        <translation>“%1”和“%2”看起来都是 %3；请明确映射其中一个</translation>
    </message>
    <message>
        <source>the file has no column for %1, which is required</source>
        <translation>文件中没有 %1 列，而该列是必需的</translation>
    </message>
    <message>
        <source>choose the column that holds %1: it is required</source>
        <translation>请选择包含%1的列：此项为必填</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>parent code</source>
        <translation>上级客户编码</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>document language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>purchasing policy</source>
        <translation>采购政策</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>account code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>messenger id</source>
        <translation>即时通讯账号</translation>
    </message>
    <message>
        <source>dmu role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>pack size</source>
        <translation>包装规格</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>no rows to import: the file has nothing below its column names</source>
        <translation>没有可导入的行：文件的列名下面没有内容</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
    <message>
        <source>Someone changed some of these records while the import ran; nothing was written. Import the file again.</source>
        <translation>导入期间有人修改了其中一些记录；未写入任何内容。请重新导入该文件。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problem found. Nothing was written; correct the file and import it again.</source>
        <translation>%1 未导入：发现 %2 个问题。未写入任何内容；请更正文件后重新导入。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problems found. Nothing was written; correct the file and import it again.</source>
        <translation>%1 未导入：发现 %2 个问题。未写入任何内容；请更正文件后重新导入。</translation>
    </message>
    <message>
        <source>%1 was not imported: the database changed while it was being imported (%2). Nothing was written; import it again.</source>
        <translation>%1 未导入：导入期间数据库发生了变化（%2）。未写入任何内容；请重新导入。</translation>
    </message>
    <message>
        <source>%1 was not imported: the database refused the changes (%2). Nothing was written.</source>
        <translation>%1 未导入：数据库拒绝了这些更改（%2）。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1已更改。</translation>
    </message>
    <message>
        <source>Empty cells left %1 as stored (edit a record to clear one).</source>
        <translation>空单元格保留了 %1 原值（如需清除，请在应用中编辑该记录）。</translation>
    </message>
    <message>
        <source>New territories: %1 and %2 more.</source>
        <translation>新区域：%1 等，另有 %2 个。</translation>
    </message>
    <message>
        <source>New territories: %1.</source>
        <translation>新区域：%1。</translation>
    </message>
    <message>
        <source>%1 without a channel was set to %2.</source>
        <translation>%1未填渠道，已设为%2。</translation>
    </message>
    <message>
        <source>%1 without a channel were set to %2.</source>
        <translation>%1未填渠道，已设为%2。</translation>
    </message>
    <message>
        <source>%1 without a tier was set to tier %2.</source>
        <translation>%1未填等级，已设为 %2 级。</translation>
    </message>
    <message>
        <source>%1 without a tier were set to tier %2.</source>
        <translation>%1未填等级，已设为 %2 级。</translation>
    </message>
    <message>
        <source>%1 without a currency was set to %2.</source>
        <translation>%1未填币种，已设为 %2。</translation>
    </message>
    <message>
        <source>%1 without a currency were set to %2.</source>
        <translation>%1未填币种，已设为 %2。</translation>
    </message>
    <message>
        <source>%1 read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>已读取 %1：新建 %2，更新 %3，未变 %4。</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>%1 位联系人</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 位联系人</translation>
    </message>
    <message>
        <source>%1 product</source>
        <translation>%1 个产品</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 个产品</translation>
    </message>
    <message>
        <source>%1 price policy</source>
        <translation>%1 条价格政策</translation>
    </message>
    <message>
        <source>%1 price policies</source>
        <translation>%1 条价格政策</translation>
    </message>
    <message>
        <source>%1 rebate agreement</source>
        <translation>%1 份返利协议</translation>
    </message>
    <message>
        <source>%1 rebate agreements</source>
        <translation>%1 份返利协议</translation>
    </message>
    <message>
        <source>%1 sales fact</source>
        <translation>%1 条销售数据</translation>
    </message>
    <message>
        <source>%1 sales facts</source>
        <translation>%1 条销售数据</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>未导入的列：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation>“%1”不是日期；请写成 2026-03-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar</source>
        <translation>“%1”不是日历中存在的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1 %2 is also on line %3</source>
        <translation>%1 %2 也出现在第 %3 行</translation>
    </message>
    <message>
        <source>New: %1 and %2 more.</source>
        <translation>新增：%1 等，另有 %2 个。</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>新增：%1。</translation>
    </message>
    <message>
        <source>Entered late (after the late-entry days): %1.</source>
        <translation>逾期录入（超过补录期限）：%1。</translation>
    </message>
    <message>
        <source>They are drafts: submit them for approval before they count.</source>
        <translation>它们是草稿：提交审批后才会生效。</translation>
    </message>
    <message>
        <source>Some accounts or products of this file were deleted while it was being imported; nothing was written. Import it again.</source>
        <translation>导入期间此文件中的某些客户或产品已被删除；未写入任何内容。请重新导入。</translation>
    </message>
    <message>
        <source>%1 territories are called &quot;%2&quot;; use the territory code</source>
        <translation>有 %1 个区域名为“%2”；请使用区域编码</translation>
    </message>
    <message>
        <source>there is no territory &quot;%1…&quot;; a new territory needs a code of at most %2 characters</source>
        <translation>没有区域“%1…”；新区域的编码最多 %2 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a code: it holds a line break, a tab or another character nobody could type to find it</source>
        <translation>“%1”不能作为编码：其中有换行符、制表符或其他无法输入查找的字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this column takes; write it as %2</source>
        <translation>此列不接受“%1”这样的写法；请写成 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a currency sign; write the number alone (the currency comes from the currency column, else the account&apos;s)</source>
        <translation>“%1”带有货币符号；请只写数字（币种取自币种列，否则取客户的币种）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this import understands; write it as 1234.56</source>
        <translation>“%1”不是本导入能识别的数字；请写成 1234.56</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals</source>
        <translation>“%1”的小数位超过 %2 位</translation>
    </message>
    <message>
        <source>%1 is not a latitude; it must be between -%2 and %2</source>
        <translation>%1 不是有效的纬度；必须在 -%2 到 %2 之间</translation>
    </message>
    <message>
        <source>%1 is not a longitude; it must be between -%2 and %2</source>
        <translation>%1 不是有效的经度；必须在 -%2 到 %2 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>the tag &quot;%1…&quot; is longer than 60 characters</source>
        <translation>标签“%1…”超过 60 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>“%1”不是电子邮件地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as CN, VN or NL</source>
        <translation>“%1”不是两位字母的国家代码，例如 CN、VN 或 NL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as EUR</source>
        <translation>“%1”不是三位字母的币种代码，例如 EUR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id written by an export</source>
        <translation>“%1”不是导出文件中写入的 ID</translation>
    </message>
    <message>
        <source>the value is %1 characters long; at most %2 fit</source>
        <translation>该值长 %1 个字符；最多可容纳 %2 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two currencies, %2 and %3; write the amount in one of them</source>
        <translation>“%1”写了两种货币：%2 和 %3；请只用其中一种填写金额</translation>
    </message>
    <message>
        <source>the amount is written in %1, but the row&apos;s account is in %2; amounts are not converted: write the amount in %2, or give the row its own currency in a currency column</source>
        <translation>金额以 %1 书写，但该行的客户币种是 %2；金额不会换算：请以 %2 填写金额，或在币种列中注明该行自己的币种</translation>
    </message>
    <message>
        <source>the amount is written in %1, but the row&apos;s currency column says %2; amounts are not converted</source>
        <translation>金额以 %1 书写，但该行的币种列为 %2；金额不会换算</translation>
    </message>
    <message>
        <source>there is no account %1 in the database</source>
        <translation>数据库中没有客户 %1</translation>
    </message>
    <message>
        <source>%1 accounts are called &quot;%2&quot;; write the account&apos;s code</source>
        <translation>有 %1 个客户名为“%2”；请填写客户编码</translation>
    </message>
    <message>
        <source>there is no account with the code or name %1</source>
        <translation>没有编码或名称为 %1 的客户</translation>
    </message>
    <message>
        <source>this makes a reporting loop: %1</source>
        <translation>这会形成汇报循环：%1</translation>
    </message>
    <message>
        <source>this id is already used on line %1</source>
        <translation>此 ID 已在第 %1 行使用</translation>
    </message>
    <message>
        <source>line %1 already describes this contact (%2)</source>
        <translation>第 %1 行已描述了此联系人（%2）</translation>
    </message>
    <message>
        <source>%1 contacts of %2 match this row; add the id column of an export to say which one it is</source>
        <translation>%2 有 %1 个联系人与此行匹配；请加上导出文件中的 ID 列以指明是哪一个</translation>
    </message>
    <message>
        <source>another line of the file already updates this contact</source>
        <translation>文件中的另一行已更新了此联系人</translation>
    </message>
    <message>
        <source>line %1 already updates this contact</source>
        <translation>第 %1 行已更新了此联系人</translation>
    </message>
    <message>
        <source>%1 has no contact &quot;%2&quot; (in the file or the database)</source>
        <translation>%1 没有联系人“%2”（文件和数据库中都没有）</translation>
    </message>
    <message>
        <source>%1 has %2 contacts called &quot;%3&quot;; use an e-mail or id</source>
        <translation>%1 有 %2 个名为“%3”的联系人；请使用电子邮件或 ID</translation>
    </message>
    <message>
        <source>a contact cannot report to themselves</source>
        <translation>联系人不能向自己汇报</translation>
    </message>
    <message>
        <source>a pack size must be more than 0</source>
        <translation>包装规格必须大于 0</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>%1 is required for a new product</source>
        <translation>新产品需要 %1</translation>
    </message>
    <message>
        <source>%1 read: %2 written, %3 replaced, for %4, covering %5 to %6.</source>
        <translation>已读取 %1：写入 %2，替换 %3，涉及 %4，期间 %5 至 %6。</translation>
    </message>
    <message>
        <source>%1 read: %2 written, %3 replaced, for %4.</source>
        <translation>已读取 %1：写入 %2，替换 %3，涉及 %4。</translation>
    </message>
    <message>
        <source>%1 of them were monthly figures, replaced by the file&apos;s daily figures of their month, which start on %2.</source>
        <translation>其中 %1 条是月度数据，已由文件中该月的每日数据（从 %2 开始）取代。</translation>
    </message>
    <message>
        <source>Figures replaced by month: %1.</source>
        <translation>各月替换的数据：%1。</translation>
    </message>
    <message>
        <source>The database as it was before this import is kept as a backup (%1).</source>
        <translation>本次导入前的数据库已保存为备份（%1）。</translation>
    </message>
    <message>
        <source>the file has both a date column (&quot;%1&quot;) and a period column (&quot;%2&quot;); leave one of them out</source>
        <translation>文件同时有日期列（“%1”）和期间列（“%2”）；请去掉其中一个</translation>
    </message>
    <message>
        <source>the file has no column for date or period</source>
        <translation>文件中没有日期或期间列</translation>
    </message>
    <message>
        <source>the file has no column for quantity or amount</source>
        <translation>文件中没有数量或金额列</translation>
    </message>
    <message>
        <source>account code is required</source>
        <translation>客户编码为必填项</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds product SKUs (%2), but no column is read as the SKU; map that column to the SKU (or leave the SKU out with sku=)</source>
        <translation>“%1”列包含产品 SKU（%2），但没有任何列被识别为 SKU；请将该列映射为 SKU（或用 sku= 不导入 SKU）</translation>
    </message>
    <message>
        <source>there is no product with SKU %1 in the database</source>
        <translation>数据库中没有 SKU 为 %1 的产品</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was set aside as not a measure for this import</source>
        <translation>“%1”已在本次导入中被设定为非指标</translation>
    </message>
    <message>
        <source>a quantity or an amount is required</source>
        <translation>数量或金额必须填写其一</translation>
    </message>
    <message>
        <source>stock cannot be negative: it is a count of what is on hand (a return is sell-in or sell-out with a negative quantity and amount)</source>
        <translation>库存不能为负数：它是现有货物的数量（退货应记为数量和金额均为负数的进货或终端销售）</translation>
    </message>
    <message>
        <source>the quantity and the amount have opposite signs; a return has both negative</source>
        <translation>数量和金额的正负号相反；退货应两者均为负数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has its day first, but the other dates of this file have their month first; write every date one way (2026-03-31 is never misread)</source>
        <translation>“%1”为日在前，但此文件的其他日期为月在前；请用同一种写法书写所有日期（2026-03-31 不会被误读）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has its month first, but the other dates of this file have their day first; write every date one way (2026-03-31 is never misread)</source>
        <translation>“%1”为月在前，但此文件的其他日期为日在前；请用同一种写法书写所有日期（2026-03-31 不会被误读）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a month, but the other cells of this column are days; put monthly figures in a file of their own (or in a &quot;period&quot; column)</source>
        <translation>“%1”是月份，但此列其他单元格是日期；请把月度数据放在单独的文件中（或放在“period”列中）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month; write it as 2026-03 (a period is a whole month: use a date column for single days)</source>
        <translation>“%1”不是月份；请写成 2026-03（期间是整个月：单日请使用日期列）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month in the calendar</source>
        <translation>“%1”不是日历中存在的月份</translation>
    </message>
    <message>
        <source>%1 territories are named &quot;%2&quot;; give its code</source>
        <translation>有 %1 个区域名为“%2”；请填写其编码</translation>
    </message>
    <message>
        <source>there is no territory with code or name &quot;%1&quot;</source>
        <translation>没有编码或名称为“%1”的区域</translation>
    </message>
    <message>
        <source>there is no account with code %1</source>
        <translation>没有编码为 %1 的客户</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>没有 SKU 为 %1 的产品</translation>
    </message>
    <message>
        <source>currency is required (or give a product SKU)</source>
        <translation>币种为必填项（或填写产品 SKU）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not list, cost or the code of a price policy in the file or the register</source>
        <translation>“%1”不是 list、cost，也不是文件或登记簿中价格政策的编码</translation>
    </message>
    <message>
        <source>policy %1 cannot be based on %2: their prices would go round in a loop (%3); base it on the list price, the cost or another policy</source>
        <translation>政策 %1 不能基于 %2：它们的价格会形成循环（%3）；请基于标价、成本或其他政策</translation>
    </message>
    <message>
        <source>%1 was a draft that has been deleted; import the row under another code, or with none for a new one</source>
        <translation>%1 是已删除的草稿；请用其他编码导入此行，或不填编码以新建</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed by an import (%3 differ); terminate it and import a new code</source>
        <translation>%1 处于%2状态，不能通过导入更改（%3 不同）；请终止它并导入新编码</translation>
    </message>
    <message>
        <source>tier %1 &quot;%2&quot; is not threshold:rate (e.g. 100000:2)</source>
        <translation>第 %1 阶梯“%2”不是 门槛:比率 的格式（例如 100000:2）</translation>
    </message>
    <message>
        <source>tier %1 &quot;%2&quot;: %3</source>
        <translation>第 %1 阶梯“%2”：%3</translation>
    </message>
    <message>
        <source>tier %1 &quot;%2&quot; needs both a threshold and a rate</source>
        <translation>第 %1 阶梯“%2”需要同时有门槛和比率</translation>
    </message>
    <message>
        <source>%1 was a draft that has been deleted; import the row under another number, or with none for a new one</source>
        <translation>%1 是已删除的草稿；请用其他编号导入此行，或不填编号以新建</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed by an import (%3 differ); terminate it and import a new number</source>
        <translation>%1 处于%2状态，不能通过导入更改（%3 不同）；请终止它并导入新编号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; weights are zero or more</source>
        <translation>“%1”为负数；权重须为零或以上</translation>
    </message>
    <message>
        <source>give 12 month weights or 4 quarter weights separated by ; (found %1)</source>
        <translation>请给出 12 个月权重或 4 个季度权重，用 ; 分隔（找到 %1 个）</translation>
    </message>
    <message>
        <source>at least one weight must be above zero</source>
        <translation>至少一个权重必须大于零</translation>
    </message>
    <message>
        <source>%1 target rows read: %2 created, %3 replaced, %4 unchanged, %5 removed (not in the file for its year). Each year is held as the year, its quarters and its months.</source>
        <translation>已读取 %1 行目标：新建 %2 个，替换 %3 个，%4 个未变，删除 %5 个（文件中该年份已不再列出）。每年的目标按全年、各季度和各月分别保存。</translation>
    </message>
    <message>
        <source>%1 target rows read: %2 created, %3 replaced, %4 unchanged. Each year is held as the year, its quarters and its months.</source>
        <translation>已读取 %1 行目标：新建 %2 个，替换 %3 个，%4 个未变。每年的目标按全年、各季度和各月分别保存。</translation>
    </message>
    <message>
        <source>line %1 already gives this target</source>
        <translation>第 %1 行已给出此目标</translation>
    </message>
    <message>
        <source>give either an account code or a territory</source>
        <translation>请填写客户编码或区域（二选一）</translation>
    </message>
    <message>
        <source>there is no account with code &quot;%1&quot;</source>
        <translation>没有编码为“%1”的客户</translation>
    </message>
    <message>
        <source>there is no territory &quot;%1&quot;</source>
        <translation>没有区域“%1”</translation>
    </message>
    <message>
        <source>%1 territories are called &quot;%2&quot;; use its code</source>
        <translation>有 %1 个区域名为“%2”；请使用其编码</translation>
    </message>
    <message>
        <source>its targets are in %1, not %2; leave it empty</source>
        <translation>其目标以 %1 计，而不是 %2；请留空</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>目标不能为负数</translation>
    </message>
    <message>
        <source>%1 amounts have %2 decimals</source>
        <translation>%1 金额有 %2 位小数</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals</source>
        <translation>%1 金额没有小数</translation>
    </message>
    <message>
        <source>breaking down by weights needs a weights column</source>
        <translation>按权重分解需要权重列</translation>
    </message>
    <message>
        <source>the quarters do not match the months (%1)</source>
        <translation>季度与月份不符（%1）</translation>
    </message>
    <message>
        <source>give the year&apos;s amount, its 4 quarters or its 12 months</source>
        <translation>请给出全年金额、4 个季度或 12 个月</translation>
    </message>
    <message>
        <source>the amount is %1 but the months add up to %2</source>
        <translation>金额为 %1，但各月合计为 %2</translation>
    </message>
    <message>
        <source>give all %1 months or none (write 0 for a month without target); missing: %2</source>
        <translation>请给出全部 %1 个月或都不给（没有目标的月份填 0）；缺少：%2</translation>
    </message>
    <message>
        <source>give all %1 quarters or none (write 0 for a quarter without target); missing: %2</source>
        <translation>请给出全部 %1 个季度或都不给（没有目标的季度填 0）；缺少：%2</translation>
    </message>
    <message>
        <source>a quantity cannot be negative</source>
        <translation>数量不能为负数</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>“%1” is not a number here: %2 separates the decimals.</source>
        <translation>“%1”在此不是数字：小数用 %2 分隔。</translation>
    </message>
    <message>
        <source>“%1” is not a number here; use %2.</source>
        <translation>“%1”在此不是数字；请使用 %2。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>“%1”: an amount in %2 has no decimals; type the whole amount.</source>
        <translation>“%1”：%2 金额没有小数，请输入整数金额。</translation>
    </message>
    <message>
        <source>“%1” can be read two ways; write %2 for the whole number or %3 for the decimals.</source>
        <translation>“%1”有两种读法；整数请写 %2，小数请写 %3。</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>never prices</source>
        <translation>从不定价</translation>
    </message>
    <message>
        <source>expired base</source>
        <translation>基准已过期</translation>
    </message>
    <message>
        <source>missing base</source>
        <translation>基准缺失</translation>
    </message>
    <message>
        <source>more for more</source>
        <translation>量大价高</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>自 %1 至 %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1 止</translation>
    </message>
    <message>
        <source>on every day</source>
        <translation>在每一天</translation>
    </message>
    <message>
        <source>price %1 &lt; floor %2</source>
        <translation>价格 %1 &lt; 限价 %2</translation>
    </message>
    <message>
        <source>markup %1 &lt; minimum %2</source>
        <translation>成本加成率 %1 &lt; 最低 %2</translation>
    </message>
    <message>
        <source>discount %1 off list &gt; band %2</source>
        <translation>折扣 %1（按目录价）&gt; 折扣区间上限 %2</translation>
    </message>
    <message>
        <source>discount %1 off list &gt; approval threshold %2</source>
        <translation>折扣 %1（按目录价）&gt; 审批阈值 %2</translation>
    </message>
    <message>
        <source>“%1” is not a quantity above 0.</source>
        <translation>“%1”不是大于 0 的数量。</translation>
    </message>
    <message>
        <source>Line %1: “%2” needs a SKU and a quantity.</source>
        <translation>第 %1 行：“%2”需要 SKU 和数量。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1 has %2 columns: paste only the SKU, the quantity and (optionally) the unit — no prices or descriptions.</source>
        <translation>第 %1 行有 %2 列：只粘贴 SKU、数量和（可选的）单位——不要价格或描述。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a unit (pack, L or kg).</source>
        <translation>第 %1 行：“%2”不是单位（pack、L 或 kg）。</translation>
    </message>
    <message>
        <source>Nothing to add: paste one SKU and quantity per line.</source>
        <translation>没有可添加的内容：请每行粘贴一个 SKU 和数量。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be submitted for approval.</source>
        <translation>状态为“%1”的报价单不能提交审批。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be approved.</source>
        <translation>状态为“%1”的报价单不能审批通过。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be declined.</source>
        <translation>状态为“%1”的报价单不能驳回。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be marked as sent.</source>
        <translation>状态为“%1”的报价单不能标记为已发送。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be marked as accepted.</source>
        <translation>状态为“%1”的报价单不能标记为已接受。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be marked as rejected.</source>
        <translation>状态为“%1”的报价单不能标记为已拒绝。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be expired.</source>
        <translation>状态为“%1”的报价单不能设为过期。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be confirmed as an order.</source>
        <translation>状态为“%1”的报价单不能确认为订单。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be revised.</source>
        <translation>状态为“%1”的报价单不能修订。</translation>
    </message>
    <message>
        <source>Say why it is approved; the reason is recorded.</source>
        <translation>请说明审批通过的理由；理由会被记录。</translation>
    </message>
    <message>
        <source>Say why it is declined; the reason is recorded.</source>
        <translation>请说明驳回的理由；理由会被记录。</translation>
    </message>
    <message>
        <source>Say why it is marked as rejected; the reason is recorded.</source>
        <translation>请说明标记为已拒绝的理由；理由会被记录。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>replaced by R%1</source>
        <translation>已被 R%1 取代</translation>
    </message>
    <message>
        <source>Revise it to make changes.</source>
        <translation>如需修改，请先修订。</translation>
    </message>
    <message>
        <source>Nothing on this quote needs approval; it can be sent as it is.</source>
        <translation>该报价单没有需要审批的内容，可以直接发送。</translation>
    </message>
    <message>
        <source>Add at least one line first.</source>
        <translation>请先至少添加一行。</translation>
    </message>
    <message>
        <source>Lines of this quote are outside the price policy; record an approval before sending it (Quote → Submit for approval).</source>
        <translation>该报价单中有行不符合价格政策；发送前请先记录审批（报价 → 提交审批）。</translation>
    </message>
    <message>
        <source>The validity date has passed; move it forward before sending.</source>
        <translation>有效期已过；发送前请将其延后。</translation>
    </message>
    <message>
        <source>%1 row written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>%1 contact written as vCard %2 to %3.</source>
        <translation>已将 %1 位联系人以 vCard %2 格式写入 %3。</translation>
    </message>
    <message>
        <source>%1 contacts written as vCard %2 to %3.</source>
        <translation>已将 %1 位联系人以 vCard %2 格式写入 %3。</translation>
    </message>
    <message>
        <source>%1 contacts written as vCard %2 to %3 files.</source>
        <translation>已将 %1 位联系人以 vCard %2 格式写入 %3 个文件。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made (%2).</source>
        <translation>无法创建文件夹 %1（%2）。</translation>
    </message>
    <message>
        <source>vCard %1 cannot be written; choose 3.0 or 4.0.</source>
        <translation>无法写入 vCard %1；请选择 3.0 或 4.0。</translation>
    </message>
    <message>
        <source>There is no account %1 in the database.</source>
        <translation>数据库中没有客户 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export format; use csv or xlsx.</source>
        <translation>“%1”不是可用的导出格式；请使用 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to export to.</source>
        <translation>%1 是文件夹；请指定要导出到的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>No account has the id %1.</source>
        <translation>没有 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>No product has the id %1.</source>
        <translation>没有 ID 为 %1 的产品。</translation>
    </message>
    <message>
        <source>%1 is sold in packs of %2; it cannot be priced per %3.</source>
        <translation>%1 按 %2 的包装销售；无法按 %3 定价。</translation>
    </message>
    <message>
        <source>Unknown unit %1: use pack, L, mL, kg, g or t.</source>
        <translation>未知单位 %1：请使用 pack、L、mL、kg、g 或 t。</translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2 is valid on %3; enter one before pricing in %2.</source>
        <translation>%3 没有从 %1 到 %2 的有效汇率；以 %2 定价前请先录入汇率。</translation>
    </message>
    <message>
        <source>No account has the code %1.</source>
        <translation>没有代码为 %1 的客户。</translation>
    </message>
    <message>
        <source>draft, not active</source>
        <translation>草稿，未生效</translation>
    </message>
    <message>
        <source>pending approval, not active</source>
        <translation>待审批，未生效</translation>
    </message>
    <message>
        <source>fired: the list price stands, with this policy&apos;s guard rails</source>
        <translation>已采用：沿用目录价，并适用本政策的价格护栏</translation>
    </message>
    <message>
        <source>The quantity must be more than 0, not %1.</source>
        <translation>数量必须大于 0，不能是 %1。</translation>
    </message>
    <message>
        <source>The register has a loop of base policies: %1.</source>
        <translation>价格政策登记中的基准政策形成了循环：%1。</translation>
    </message>
    <message>
        <source>No product has the SKU %1.</source>
        <translation>没有 SKU 为 %1 的产品。</translation>
    </message>
    <message>
        <source>%1 never fires: %2</source>
        <translation>%1 永远不会生效：%2</translation>
    </message>
    <message>
        <source>Quotes and order confirmations are not printed without their seller: your name and company are not set. Fill them in under Tools → My details, or run `acct-desktop manager --name … --organisation …`.</source>
        <translation>报价单和订单确认书没有供方不能打印：尚未设置您的姓名和公司。请在“工具 → 我的信息”中填写，或运行 `acct-desktop manager --name … --organisation …`。</translation>
    </message>
    <message>
        <source>%1 has no order confirmation yet.</source>
        <translation>%1 尚无订单确认书。</translation>
    </message>
    <message>
        <source>Say who approved it; the approver&apos;s name is recorded.</source>
        <translation>请说明审批人；审批人的姓名会被记录。</translation>
    </message>
    <message>
        <source>Say who declined it; the name is recorded.</source>
        <translation>请说明是谁驳回的；姓名会被记录。</translation>
    </message>
    <message>
        <source>The delivery date is before some lines can be delivered: choose a later date, or tick that the customer accepts a partial delivery.</source>
        <translation>交货日期早于部分行的最早交货日期：请选择更晚的日期，或勾选客户接受部分交货。</translation>
    </message>
    <message>
        <source>Another order took this number at the same moment; try again.</source>
        <translation>另一份订单同时占用了此编号；请再试一次。</translation>
    </message>
    <message>
        <source>Revision R%1 replaces this one; work on that revision.</source>
        <translation>修订版 R%1 已取代此版本；请在该修订版上操作。</translation>
    </message>
    <message>
        <source>A quote is valid for 1 to 365 days.</source>
        <translation>报价单的有效期为 1 至 365 天。</translation>
    </message>
    <message>
        <source>The tax rate for %1 must be between 0 and %2.</source>
        <translation>%1 的税率必须在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>The logo must be a PNG image of at most 512 KB.</source>
        <translation>徽标必须是不超过 512 KB 的 PNG 图片。</translation>
    </message>
    <message>
        <source>No account has the code “%1”.</source>
        <translation>没有代码为“%1”的客户。</translation>
    </message>
    <message>
        <source>%1 is a server database; backing it up and restoring it is the server&apos;s job (pg_dump / pg_restore by its administrator), not acct-desktop&apos;s.</source>
        <translation>%1 是服务器数据库；它的备份和恢复由服务器负责（由管理员使用 pg_dump / pg_restore），而不是 acct-desktop。</translation>
    </message>
    <message>
        <source>An in-memory database has no file to back up.</source>
        <translation>内存数据库没有可备份的文件。</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself (%1).</source>
        <translation>备份不能覆盖数据库本身（%1）。</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>未创建备份：%1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>It cannot be restored.</source>
        <translation>无法恢复。</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 holds no acct-desktop data; it cannot be restored.</source>
        <translation>%1 中没有 acct-desktop 数据，无法恢复。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of acct-desktop (schema %2; this version knows up to %3); install the newer version to restore it.</source>
        <translation>%1 由更新版本的 acct-desktop 创建（数据结构 %2；本版本最高支持 %3）；请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 就是数据库本身；请选择一个备份文件。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>%1 is still open (in this or another program); close it and try again. Nothing was restored.</source>
        <translation>%1 仍处于打开状态（在本程序或其他程序中）；请关闭后重试。未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file (or a password-protected workbook); save it as .xlsx or CSV (UTF-8) and import that.</source>
        <translation>%1 是旧版 Excel .xls 文件（或受密码保护的工作簿）；请另存为 .xlsx 或 CSV (UTF-8) 后再导入。</translation>
    </message>
    <message>
        <source>%1 is not a valid .xlsx workbook; it may be damaged.</source>
        <translation>%1 不是有效的 .xlsx 工作簿，可能已损坏。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file nor an .xlsx workbook (it may be a picture, a PDF or another program&apos;s file). Export the figures as CSV (UTF-8) or .xlsx and import that.</source>
        <translation>%1 既不是文本 (CSV) 文件，也不是 .xlsx 工作簿（可能是图片、PDF 或其他程序的文件）。请把数据导出为 CSV (UTF-8) 或 .xlsx，再导入该文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 没有标题行。</translation>
    </message>
    <message>
        <source>%1 starts with a %2 byte-order mark but is not valid %3 text at byte %4; it may be damaged.</source>
        <translation>%1 以 %2 字节顺序标记开头，但在第 %4 个字节处不是有效的 %3 文本；文件可能已损坏。</translation>
    </message>
    <message>
        <source>this line holds a NUL byte; the file may be damaged</source>
        <translation>此行含有 NUL 字节；文件可能已损坏</translation>
    </message>
    <message>
        <source>%1 cannot be read from line %2: %3.</source>
        <translation>%1 从第 %2 行起无法读取：%3。</translation>
    </message>
    <message>
        <source>a quoted value seems never to end (a quote mark is missing or extra)</source>
        <translation>某个带引号的值似乎没有结束（缺少或多了一个引号）</translation>
    </message>
    <message>
        <source>the file ends inside a quoted value (a closing quote mark is missing)</source>
        <translation>文件在一个带引号的值中间结束（缺少右引号）</translation>
    </message>
    <message>
        <source>a quoted value is followed by more text; a quote mark inside a value must be written twice (&quot;&quot;)</source>
        <translation>带引号的值后面还有其他文字；值中的引号必须写两次（&quot;&quot;）</translation>
    </message>
    <message>
        <source>Row %2 of %1 is empty or past its end; choose the row that holds the column names.</source>
        <translation>%1 的第 %2 行是空行或超出了文件末尾；请选择包含列名的那一行。</translation>
    </message>
    <message>
        <source>%1 is not a workbook acct-desktop can read: it may be damaged, or another kind of file. Save it again from Excel as .xlsx, or as CSV (UTF-8).</source>
        <translation>%1 不是 acct-desktop 能读取的工作簿：可能已损坏，或是其他类型的文件。请在 Excel 中重新另存为 .xlsx 或 CSV (UTF-8)。</translation>
    </message>
    <message>
        <source>%1 is a damaged workbook and cannot be read. Save it again from Excel as .xlsx, or as CSV (UTF-8).</source>
        <translation>%1 是已损坏的工作簿，无法读取。请在 Excel 中重新另存为 .xlsx 或 CSV (UTF-8)。</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>this row has %1 but the header (line %3) has %2; if another line holds the column names, choose it as the header row</source>
        <translation>此行有 %1，但标题行（第 %3 行）有 %2；如果列名在另一行，请选择那一行作为标题行</translation>
    </message>
    <message>
        <source>this row has %1 but the header has %2 (a separator inside an unquoted value?)</source>
        <translation>此行有 %1，但标题行有 %2（某个未加引号的值中含有分隔符？）</translation>
    </message>
    <message>
        <source>this row has %1 but the header has %2</source>
        <translation>此行有 %1，但标题行有 %2</translation>
    </message>
    <message>
        <source>%1 is empty: its sheet has no rows.</source>
        <translation>%1 是空的：工作表中没有任何行。</translation>
    </message>
    <message>
        <source>%1 was not imported: line %2, column &quot;%3&quot; holds a formula whose result was never saved (%4 such cells; a file written by a program, not by Excel). Open it in Excel and save it, or save it as CSV, then import it again.</source>
        <translation>%1 未导入：第 %2 行“%3”列是一个从未保存计算结果的公式（共 %4 个这样的单元格；该文件由程序生成，而非 Excel）。请在 Excel 中打开并保存，或另存为 CSV，然后重新导入。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>There was not enough free memory to read %1. Close other programs and attach it again.</source>
        <translation>可用内存不足，无法读取 %1。请关闭其他程序后重新附加。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPG or PNG file.</source>
        <translation>%1 不是 PDF、JPG 或 PNG 文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>%1 大于 %2 MB；请用较低的分辨率扫描。</translation>
    </message>
    <message>
        <source>The audit trail is empty; there is nothing to check.</source>
        <translation>审计记录为空，没有可检查的内容。</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events checked, the last is event %2 with hash %3.</source>
        <translation>审计记录完整：已检查 %1 个事件，最后一个是事件 %2，哈希值为 %3。</translation>
    </message>
    <message>
        <source>%1 appears twice: a copy was added to the trail.</source>
        <translation>%1 出现了两次：有人向审计记录中添加了副本。</translation>
    </message>
    <message>
        <source>%1 was changed after it was written.</source>
        <translation>%1 在写入后被修改过。</translation>
    </message>
    <message>
        <source>%1 was written as event %2: events were deleted, inserted or put in another order after they were written.</source>
        <translation>%1 写入时是事件 %2：写入后有事件被删除、插入或调换了顺序。</translation>
    </message>
    <message>
        <source>event %1 is missing: it was deleted from before %2.</source>
        <translation>缺少事件 %1：它在 %2 之前被删除了。</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing: they were deleted from before %3.</source>
        <translation>缺少事件 %1 至 %2：它们在 %3 之前被删除了。</translation>
    </message>
    <message>
        <source>%1 follows event %2 when written, not event %3: events were put in another order after they were written.</source>
        <translation>%1 写入时接在事件 %2 之后，而不是事件 %3：写入后事件的顺序被调换了。</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its hash was recomputed, and event %2 was chained to what it held before.</source>
        <translation>%1 在写入后被修改过：其哈希值被重新计算，而事件 %2 链接的仍是它修改前的内容。</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its old value no longer matches the digest taken when it was written.</source>
        <translation>%1 在写入后被修改过：其旧值与写入时记录的摘要不再一致。</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its new value no longer matches the digest taken when it was written.</source>
        <translation>%1 在写入后被修改过：其新值与写入时记录的摘要不再一致。</translation>
    </message>
    <message>
        <source>%1 was erased, yet holds a value again.</source>
        <translation>%1 已被抹除，却又含有值。</translation>
    </message>
    <message>
        <source>quote %1 R%2</source>
        <translation>报价单 %1 R%2</translation>
    </message>
    <message>
        <source>price policy %1</source>
        <translation>价格政策 %1</translation>
    </message>
    <message>
        <source>rebate agreement %1</source>
        <translation>返利协议 %1</translation>
    </message>
    <message>
        <source>checklist %1 R%2</source>
        <translation>确认清单 %1 R%2</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>event %1 (%2)</source>
        <translation>事件 %1（%2）</translation>
    </message>
    <message>
        <source>%1 %2, %3 by %4</source>
        <translation>%1 %2，%3，由 %4 记录</translation>
    </message>
    <message>
        <source>%1, %2 by %3</source>
        <translation>%1，%2，由 %3 记录</translation>
    </message>
    <message>
        <source>acct-desktop keeps the database key only in the system keyring. On Windows, make sure you are signed in to your own account (Credential Manager); on Linux, install and unlock a Secret Service keyring (GNOME Keyring or KDE Wallet). The key was not written anywhere else.</source>
        <translation>acct-desktop 只将数据库密钥保存在系统密钥环中。在 Windows 上，请确认您登录的是自己的账户（凭据管理器）；在 Linux 上，请安装并解锁 Secret Service 密钥环（GNOME Keyring 或 KDE Wallet）。密钥没有写入其他任何地方。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a recovery key: it has only the letters A-Z and the digits 2-7.</source>
        <translation>“%1”不可能出现在恢复密钥中：恢复密钥只包含字母 A-Z 和数字 2-7。</translation>
    </message>
    <message>
        <source>A recovery key has %1 characters (14 groups of 4); the one entered has %2.</source>
        <translation>恢复密钥共 %1 个字符（14 组，每组 4 个）；输入的密钥有 %2 个字符。</translation>
    </message>
    <message>
        <source>This recovery key does not check out: a character is mistyped. Compare it group by group with the one you stored.</source>
        <translation>此恢复密钥校验不通过：有字符输错了。请与您保存的密钥逐组核对。</translation>
    </message>
    <message>
        <source>The system keyring could not be read (%1). %2</source>
        <translation>无法读取系统密钥环（%1）。%2</translation>
    </message>
    <message>
        <source>The system keyring could not store the key (%1). %2</source>
        <translation>系统密钥环无法保存密钥（%1）。%2</translation>
    </message>
    <message>
        <source>The system keyring did not keep the database key. %1</source>
        <translation>系统密钥环没有保存数据库密钥。%1</translation>
    </message>
    <message>
        <source>No database has been encrypted on this computer yet.</source>
        <translation>本机尚未加密过任何数据库。</translation>
    </message>
    <message>
        <source>%1 is already encrypted.</source>
        <translation>%1 已经加密。</translation>
    </message>
    <message>
        <source>%1 does not exist or is empty.</source>
        <translation>%1 不存在或为空。</translation>
    </message>
    <message>
        <source>%1 is not encrypted.</source>
        <translation>%1 未加密。</translation>
    </message>
    <message>
        <source>%1 is not encrypted; it needs no recovery key.</source>
        <translation>%1 未加密，不需要恢复密钥。</translation>
    </message>
    <message>
        <source>This recovery key does not open %1: it belongs to another database or computer. Nothing was stored.</source>
        <translation>此恢复密钥无法打开 %1：它属于另一个数据库或另一台电脑。未保存任何内容。</translation>
    </message>
    <message>
        <source>The key of %1 is already in this computer&apos;s keyring.</source>
        <translation>%1 的密钥已在本机的密钥环中。</translation>
    </message>
    <message>
        <source>The key of %1 is now in this computer&apos;s keyring; databases you encrypt here will use it too.</source>
        <translation>%1 的密钥已保存到本机的密钥环中；今后在本机加密的数据库也将使用它。</translation>
    </message>
    <message>
        <source>The key of %1 (key %2) is now in this computer&apos;s keyring.</source>
        <translation>%1 的密钥（密钥 %2）已保存到本机的密钥环中。</translation>
    </message>
    <message>
        <source>Give the policy a name the team will recognise.</source>
        <translation>请为该价格政策起一个团队能认出的名称。</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY, VND or EUR.</source>
        <translation>币种是三个字母的代码，例如 CNY、VND 或 EUR。</translation>
    </message>
    <message>
        <source>The policy cannot end before it starts.</source>
        <translation>价格政策的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Choose a product or a category, not both.</source>
        <translation>请选择产品或类别，不能两者都选。</translation>
    </message>
    <message>
        <source>Choose the account this policy is for.</source>
        <translation>请选择该价格政策适用的客户。</translation>
    </message>
    <message>
        <source>Choose the channel this policy is for.</source>
        <translation>请选择该价格政策适用的渠道。</translation>
    </message>
    <message>
        <source>Choose the territory this policy is for.</source>
        <translation>请选择该价格政策适用的区域。</translation>
    </message>
    <message>
        <source>A minimum quantity cannot be negative.</source>
        <translation>最低数量不能为负数。</translation>
    </message>
    <message>
        <source>A percentage lies between 0 and 100.</source>
        <translation>百分比应在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Round to a positive step, or leave it empty.</source>
        <translation>请按大于 0 的步长取整，或留空。</translation>
    </message>
    <message>
        <source>A fixed-price policy needs its price.</source>
        <translation>固定价格政策需要填写价格。</translation>
    </message>
    <message>
        <source>Give the discount in percent.</source>
        <translation>请以百分比填写折扣。</translation>
    </message>
    <message>
        <source>Say what the price starts from: list price, cost or a policy.</source>
        <translation>请说明价格的计算基准：目录价、成本或另一项价格政策。</translation>
    </message>
    <message>
        <source>Choose the policy whose price this one starts from.</source>
        <translation>请选择作为本政策价格基准的价格政策。</translation>
    </message>
    <message>
        <source>The maximum margin is below the minimum margin.</source>
        <translation>最高毛利低于最低毛利。</translation>
    </message>
    <message>
        <source>The guide price is below the floor price.</source>
        <translation>指导价低于限价。</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be edited. Terminate it and enter a new policy (Copy as new).</source>
        <translation>%1 的状态为“%2”，已不能编辑。请终止它并录入新的价格政策（复制为新记录）。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 starts from its price. Change that first.</source>
        <translation>%1 无法删除：%2 以其价格为基础。请先修改后者。</translation>
    </message>
    <message>
        <source>%1&apos;s validity has already ended.</source>
        <translation>%1 的有效期已结束。</translation>
    </message>
    <message>
        <source>This policy no longer exists.</source>
        <translation>该价格政策已不存在。</translation>
    </message>
    <message>
        <source>Someone changed %1 since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>您打开后，有人修改了 %1。您输入的内容已保留：请关闭表单后重新打开，即可在对方修改的基础上看到您的内容。</translation>
    </message>
    <message>
        <source>Code %1 is already used by another policy.</source>
        <translation>编码 %1 已被另一项价格政策使用。</translation>
    </message>
    <message>
        <source>The chosen account no longer exists.</source>
        <translation>所选客户已不存在。</translation>
    </message>
    <message>
        <source>The chosen territory no longer exists.</source>
        <translation>所选区域已不存在。</translation>
    </message>
    <message>
        <source>The chosen product no longer exists.</source>
        <translation>所选产品已不存在。</translation>
    </message>
    <message>
        <source>The chosen base policy no longer exists.</source>
        <translation>所选的基准价格政策已不存在。</translation>
    </message>
    <message>
        <source>That would make policies start from each other in a loop: %1.</source>
        <translation>这会使价格政策互为基准、形成循环：%1。</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>期间的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Only signed agreements are entered: give the signing date.</source>
        <translation>只录入已签订的协议：请填写签订日期。</translation>
    </message>
    <message>
        <source>An agreement cannot be signed in the future.</source>
        <translation>协议的签订日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>It cannot be entered before it was signed.</source>
        <translation>录入日期不能早于签订日期。</translation>
    </message>
    <message>
        <source>It cannot be entered in the future.</source>
        <translation>录入日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>Give the rebate rate, more than 0 and at most %1.</source>
        <translation>请填写返利比例，大于 0 且不超过 %1。</translation>
    </message>
    <message>
        <source>A tier&apos;s rate lies between 0 and %1.</source>
        <translation>阶梯比例应在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Give at least one tier (threshold and rate).</source>
        <translation>请至少填写一个阶梯（门槛和比例）。</translation>
    </message>
    <message>
        <source>A baseline cannot be negative.</source>
        <translation>基准额不能为负数。</translation>
    </message>
    <message>
        <source>Tier thresholds cannot be negative.</source>
        <translation>阶梯门槛不能为负数。</translation>
    </message>
    <message>
        <source>Two tiers start at the same threshold.</source>
        <translation>有两个阶梯的门槛相同。</translation>
    </message>
    <message>
        <source>Give a number of days between 0 and 365.</source>
        <translation>请填写 0 到 365 之间的天数。</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be edited; terminate it and enter the new agreement.</source>
        <translation>%1 的状态为“%2”，已不能编辑；请终止它并录入新协议。</translation>
    </message>
    <message>
        <source>This rebate agreement no longer exists.</source>
        <translation>该返利协议已不存在。</translation>
    </message>
    <message>
        <source>Number %1 is already used by another agreement.</source>
        <translation>编号 %1 已被另一份协议使用。</translation>
    </message>
    <message>
        <source>The system keyring could not be read (%1). Unlock or configure it, or use a server that does not need a password.</source>
        <translation>无法读取系统密钥环（%1）。请解锁或配置密钥环，或使用不需要密码的服务器。</translation>
    </message>
    <message>
        <source>Database files have no password; only server URLs do.</source>
        <translation>数据库文件没有密码；只有服务器 URL 才有密码。</translation>
    </message>
    <message>
        <source>The password could not be saved: the system keyring refused (%1). It has not been stored anywhere else.</source>
        <translation>无法保存密码：系统密钥环拒绝了保存（%1）。密码没有保存到其他任何地方。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Only a %1 record can be submitted for approval; this one is %2.</source>
        <translation>只有状态为“%1”的记录才能提交审批；此记录为“%2”。</translation>
    </message>
    <message>
        <source>Only a %1 record can be approved; this one is %2.</source>
        <translation>只有状态为“%1”的记录才能审批通过；此记录为“%2”。</translation>
    </message>
    <message>
        <source>Only a %1 record can be rejected; this one is %2.</source>
        <translation>只有状态为“%1”的记录才能驳回；此记录为“%2”。</translation>
    </message>
    <message>
        <source>Only an %1 record can be terminated; this one is %2.</source>
        <translation>只有状态为“%1”的记录才能终止；此记录为“%2”。</translation>
    </message>
    <message>
        <source>Only an %1 record can be expired; this one is %2.</source>
        <translation>只有状态为“%1”的记录才能设为过期；此记录为“%2”。</translation>
    </message>
    <message>
        <source>Say why it is rejected; the reason is recorded.</source>
        <translation>请说明驳回的理由；理由会被记录。</translation>
    </message>
    <message>
        <source>Say why it is terminated; the reason is recorded.</source>
        <translation>请说明终止的理由；理由会被记录。</translation>
    </message>
    <message>
        <source>Policy %1 cannot be based on itself.</source>
        <translation>价格政策 %1 不能以自身为基准。</translation>
    </message>
    <message>
        <source>Policy %1 cannot be based on %2: %2 already depends on %1, so their prices would go round in a loop (%3). Choose another base policy, or base it on the list price or the cost.</source>
        <translation>价格政策 %1 不能以 %2 为基准：%2 已经依赖于 %1，两者的价格会形成循环（%3）。请选择其他基准政策，或以目录价或成本为基准。</translation>
    </message>
    <message>
        <source>There is no rebate agreement numbered %1.</source>
        <translation>没有编号为 %1 的返利协议。</translation>
    </message>
    <message>
        <source>The agreement has no terms.</source>
        <translation>该协议没有条款。</translation>
    </message>
    <message>
        <source>There is no rebate agreement with id %1.</source>
        <translation>没有 ID 为 %1 的返利协议。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a database file acct-desktop can read (%2).</source>
        <translation>%1 不是 acct-desktop 能读取的数据库文件（%2）。</translation>
    </message>
    <message>
        <source>%1 holds other data and is not an acct-desktop database; choose another file or create a new database.</source>
        <translation>%1 中有其他数据，不是 acct-desktop 数据库；请选择其他文件或新建数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of acct-desktop (schema %2); this version knows up to %3. Install the newer version to open it. Nothing in it has been changed.</source>
        <translation>%1 由更新版本的 acct-desktop 写入（数据结构 %2；本版本最高支持 %3）。请安装新版本后再打开。其中的内容没有任何改动。</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema %2, but backing it up first failed (%3). Nothing in it has been changed.</source>
        <translation>%1 需要从数据结构 %2 升级，但升级前的备份失败了（%3）。其中的内容没有任何改动。</translation>
    </message>
    <message>
        <source>%1 is encrypted and this computer&apos;s keyring has no key for it. Enter its recovery key: %2</source>
        <translation>%1 已加密，而本机的密钥环中没有它的密钥。请输入它的恢复密钥：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened with the keys in this computer&apos;s keyring: it was encrypted on another computer or with another key, or it is not an acct-desktop database. If you have its recovery key, enter it: %2. Nothing in the file has been changed.</source>
        <translation>无法用本机密钥环中的密钥打开 %1：它是在另一台电脑上或用另一个密钥加密的，或者它不是 acct-desktop 数据库。如果您有它的恢复密钥，请输入：%2。文件内容没有任何改动。</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2.</source>
        <translation>%1 未通过完整性检查：%2。</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was copied over it.</source>
        <translation>%1 已存在；没有复制任何内容覆盖它。</translation>
    </message>
    <message>
        <source>Copying %1 failed (%2); it was left as it was.</source>
        <translation>复制 %1 失败（%2）；它保持原样。</translation>
    </message>
    <message>
        <source>The copy of %1 does not hold the same rows (tables %2); it was discarded and the original left as it was.</source>
        <translation>%1 的副本中的行与原件不一致（表 %2）；副本已丢弃，原件保持不变。</translation>
    </message>
    <message>
        <source>%1 is open in acct-desktop or another program; close it there and try again. Nothing has been changed.</source>
        <translation>%1 已在 acct-desktop 或其他程序中打开；请先在那里关闭后重试。没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database.</source>
        <translation>%1 是空文件：其中没有数据库。</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a database.</source>
        <translation>%1 已损坏：无法作为数据库读取。</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is damaged or of another kind), or it is encrypted with a key this computer&apos;s keyring does not have.</source>
        <translation>%1 不是数据库文件（已损坏或属于其他类型），或者它用本机密钥环中没有的密钥加密。</translation>
    </message>
    <message>
        <source>%1 does not exist, so there is nothing to back up.</source>
        <translation>%1 不存在，因此没有可备份的内容。</translation>
    </message>
    <message>
        <source>Cannot open %1 to back it up (%2).</source>
        <translation>无法打开 %1 进行备份（%2）。</translation>
    </message>
    <message>
        <source>Backing up %1 failed (%2).</source>
        <translation>备份 %1 失败（%2）。</translation>
    </message>
    <message>
        <source>There is nothing to split the figure over.</source>
        <translation>没有可分摊该数字的对象。</translation>
    </message>
    <message>
        <source>Weights cannot be negative.</source>
        <translation>权重不能为负数。</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation>%1 不是金额。</translation>
    </message>
    <message>
        <source>%1 has more decimals than the %2 decimal a target can have here.</source>
        <translation>%1 的小数位数超过了此处目标允许的 %2 位。</translation>
    </message>
    <message>
        <source>%1 has more decimals than the %2 decimals a target can have here.</source>
        <translation>%1 的小数位数超过了此处目标允许的 %2 位。</translation>
    </message>
    <message>
        <source>Seasonality needs 12 months of history, not %1.</source>
        <translation>季节性分解需要 12 个月的历史数据，而不是 %1 个月。</translation>
    </message>
    <message>
        <source>Give 12 month weights or 4 quarter weights, not %1 weights.</source>
        <translation>请填写 12 个月度权重或 4 个季度权重，而不是 %1 个权重。</translation>
    </message>
    <message>
        <source>Every weight must be a number.</source>
        <translation>每个权重都必须是数字。</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>至少一个权重必须大于 0。</translation>
    </message>
    <message>
        <source>A year has 4 quarters, not %1.</source>
        <translation>一年有 4 个季度，而不是 %1 个。</translation>
    </message>
    <message>
        <source>Give 12 month weights, not %1.</source>
        <translation>请填写 12 个月度权重，而不是 %1 个。</translation>
    </message>
    <message>
        <source>Breaking down by weights needs the weights.</source>
        <translation>按权重分解需要填写权重。</translation>
    </message>
    <message>
        <source>A year has 12 months, not %1.</source>
        <translation>一年有 12 个月，而不是 %1 个。</translation>
    </message>
    <message>
        <source>There is no month %1; months are 1 to 12.</source>
        <translation>没有第 %1 月；月份为 1 到 12。</translation>
    </message>
    <message>
        <source>There is no quarter %1; quarters are 1 to 4.</source>
        <translation>没有第 %1 季度；季度为 1 到 4。</translation>
    </message>
    <message>
        <source>A target is set for one account or one territory.</source>
        <translation>目标只能针对一个客户或一个区域设定。</translation>
    </message>
    <message>
        <source>Targets are set for sell-in, outbound or sell-out; stock is a level, not a flow.</source>
        <translation>目标只能针对进货、出库或终端销售设定；库存是存量，不是流量。</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds measures (%2), but no column is read as the measure; map that column to the measure (one measure for the whole file would book every row as that measure)</source>
        <translation>“%1”列包含指标（%2），但没有任何列被读取为指标；请把该列对应到指标（为整个文件指定一个指标会把每一行都记为该指标）</translation>
    </message>
    <message>
        <source>the targets of %1 for %2</source>
        <translation>%1 的 %2 年目标</translation>
    </message>
    <message>
        <source>A category has at most %1 characters.</source>
        <translation>类别最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>A target of %1 is too large.</source>
        <translation>目标 %1 过大。</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 amounts have (%3).</source>
        <translation>%1 的小数位数超过了 %2 金额的位数（%3 位）。</translation>
    </message>
    <message>
        <source>That account does not exist (any more).</source>
        <translation>该客户不存在（或已不存在）。</translation>
    </message>
    <message>
        <source>That territory does not exist (any more).</source>
        <translation>该区域不存在（或已不存在）。</translation>
    </message>
    <message>
        <source>A quantity is zero or more, with at most %1 decimals.</source>
        <translation>数量须为 0 或以上，最多 %1 位小数。</translation>
    </message>
    <message>
        <source>There is no target cell &quot;%1&quot;.</source>
        <translation>没有目标单元格“%1”。</translation>
    </message>
    <message>
        <source>%1 is not a year targets can be set for.</source>
        <translation>不能为 %1 年设定目标。</translation>
    </message>
    <message>
        <source>Someone else changed these targets meanwhile; nothing was saved. Look at them again and repeat the change.</source>
        <translation>在此期间有其他人修改了这些目标，未保存任何内容。请重新查看后再次修改。</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%1 Jan</source>
        <translation>1月%1日</translation>
    </message>
    <message>
        <source>%1 Feb</source>
        <translation>2月%1日</translation>
    </message>
    <message>
        <source>%1 Mar</source>
        <translation>3月%1日</translation>
    </message>
    <message>
        <source>%1 Apr</source>
        <translation>4月%1日</translation>
    </message>
    <message>
        <source>%1 May</source>
        <translation>5月%1日</translation>
    </message>
    <message>
        <source>%1 Jun</source>
        <translation>6月%1日</translation>
    </message>
    <message>
        <source>%1 Jul</source>
        <translation>7月%1日</translation>
    </message>
    <message>
        <source>%1 Aug</source>
        <translation>8月%1日</translation>
    </message>
    <message>
        <source>%1 Sep</source>
        <translation>9月%1日</translation>
    </message>
    <message>
        <source>%1 Oct</source>
        <translation>10月%1日</translation>
    </message>
    <message>
        <source>%1 Nov</source>
        <translation>11月%1日</translation>
    </message>
    <message>
        <source>%1 Dec</source>
        <translation>12月%1日</translation>
    </message>
    <message>
        <source>the period must end on or after its first day</source>
        <translation>期间的结束日期不能早于开始日期</translation>
    </message>
    <message>
        <source>the working day must end after it starts</source>
        <translation>工作日的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>at least one visit per day</source>
        <translation>每天至少一次拜访</translation>
    </message>
    <message>
        <source>the travel speed must be positive</source>
        <translation>行驶速度必须大于零</translation>
    </message>
    <message>
        <source>the lunch break must end after it starts</source>
        <translation>午休的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>not due in this period</source>
        <translation>本期间未到期</translation>
    </message>
    <message>
        <source>overdue %1 day</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>overdue %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <source>issue %1 was due %2 (%3 day past its deadline)</source>
        <translation>问题 %1 已于 %2 到期（超过截止日期 %3 天）</translation>
    </message>
    <message>
        <source>issue %1 was due %2 (%3 days past its deadline)</source>
        <translation>问题 %1 已于 %2 到期（超过截止日期 %3 天）</translation>
    </message>
    <message>
        <source>issue %1 due %2</source>
        <translation>问题 %1 将于 %2 到期</translation>
    </message>
    <message>
        <source>quote %1 expires %2</source>
        <translation>报价单 %1 于 %2 过期</translation>
    </message>
    <message>
        <source>rebate %1: %2 to tier %3 by %4</source>
        <translation>返利 %1：距 %3 档还差 %2，截止 %4</translation>
    </message>
    <message>
        <source>preferred day: %1</source>
        <translation>首选日：%1</translation>
    </message>
    <message>
        <source>no coordinates: travel not estimated</source>
        <translation>无坐标：未估算路程</translation>
    </message>
    <message>
        <source>fixed appointment</source>
        <translation>固定预约</translation>
    </message>
    <message>
        <source>continued from %1</source>
        <translation>自 %1 起持续</translation>
    </message>
    <message>
        <source>not due in this period (next due %1)</source>
        <translation>本期间不到期（下次到期 %1）</translation>
    </message>
    <message>
        <source>no capacity left in this period</source>
        <translation>本期间已无空余</translation>
    </message>
    <message>
        <source>no room left: on %1 day the visits already booked clash, and such a day takes no new visits (move or cancel them)</source>
        <translation>没有空档了：有 %1 天已预约的拜访相互冲突，这样的日子不再安排新拜访（请移动或取消冲突的拜访）</translation>
    </message>
    <message>
        <source>no room left: on %1 days the visits already booked clash, and such days take no new visits (move or cancel them)</source>
        <translation>没有空档了：有 %1 天已预约的拜访相互冲突，这样的日子不再安排新拜访（请移动或取消冲突的拜访）</translation>
    </message>
    <message>
        <source>no working days left in this period</source>
        <translation>本期间已无工作日</translation>
    </message>
    <message>
        <source>closed on all working days of this period</source>
        <translation>本期间所有工作日均不营业</translation>
    </message>
    <message>
        <source>visiting hours do not fit the working day</source>
        <translation>拜访时间与工作时间不符</translation>
    </message>
    <message>
        <source>its working hours and yours do not overlap: your %1 is %2 in %3</source>
        <translation>对方的工作时间与您的没有重叠：您这里的 %1 是 %3 的 %2</translation>
    </message>
    <message>
        <source>its working hours and yours do not overlap</source>
        <translation>对方的工作时间与您的没有重叠</translation>
    </message>
    <message>
        <source>cannot be reached and visited within a working day</source>
        <translation>无法在一个工作日内到达并完成拜访</translation>
    </message>
    <message>
        <source>%1 fixed appointment cannot be kept on time (%2 late)</source>
        <translation>%1 个固定预约无法准时赶到（迟到 %2）</translation>
    </message>
    <message>
        <source>%1 fixed appointments cannot be kept on time (up to %2 late)</source>
        <translation>%1 个固定预约无法准时赶到（最多迟到 %2）</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>day off: %1</source>
        <translation>休息日：%1</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>too little of today is left</source>
        <translation>今天剩余时间太少</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>an event without UID: %1</source>
        <translation>没有 UID 的事件：%1</translation>
    </message>
    <message>
        <source>“%1” (line %2): %3</source>
        <translation>“%1”（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>an event without UID (line %1): %2</source>
        <translation>没有 UID 的事件（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>%1 visit updated</source>
        <translation>更新了 %1 次拜访</translation>
    </message>
    <message>
        <source>%1 visits updated</source>
        <translation>更新了 %1 次拜访</translation>
    </message>
    <message>
        <source>%1 event skipped</source>
        <translation>跳过了 %1 个事件</translation>
    </message>
    <message>
        <source>%1 events skipped</source>
        <translation>跳过了 %1 个事件</translation>
    </message>
    <message>
        <source>%1, %2 created, %3 unchanged, %4</source>
        <translation>%1，新建 %2 次，%3 次未变，%4</translation>
    </message>
    <message>
        <source>“%1” is not a time zone name (try Europe/Amsterdam).</source>
        <translation>“%1”不是时区名称（可试试 Europe/Amsterdam）。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡店检查</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>经营指导</translation>
    </message>
    <message>
        <source>service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>巡店检查</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>经营指导</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Export at most three years of visits at once.</source>
        <translation>一次最多导出三年的拜访。</translation>
    </message>
    <message>
        <source>There are no visits from %1 to %2; nothing was written.</source>
        <translation>%1 至 %2 期间没有拜访；未写入任何内容。</translation>
    </message>
    <message>
        <source>acct-desktop visits</source>
        <translation>acct-desktop 拜访</translation>
    </message>
    <message>
        <source>The %1 visits from %2 to %3 make a calendar file larger than %4 MB, more than acct-desktop reads back; export a shorter period.</source>
        <translation>%2 至 %3 期间的 %1 次拜访会生成大于 %4 MB 的日历文件，超过 acct-desktop 能读回的大小；请导出更短的期间。</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>客户：%1（%2）</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>拜访目的：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Contacts met: %1</source>
        <translation>会见的联系人：%1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>拜访报告：%1</translation>
    </message>
    <message>
        <source>repeats the UID of an earlier event in the file; the first was used</source>
        <translation>与文件中前面某个事件的 UID 重复；已采用第一个</translation>
    </message>
    <message>
        <source>Some of these visits were changed by someone else meanwhile; nothing was imported. Import the file again.</source>
        <translation>其中一些拜访在此期间已被他人修改；未导入任何内容。请重新导入该文件。</translation>
    </message>
    <message>
        <source>line %1: %2; it was left out, and so were the events that use it</source>
        <translation>第 %1 行：%2；已略过该时区，使用它的事件也一并略过</translation>
    </message>
    <message>
        <source>line %1: %2; it was left out (no event uses it)</source>
        <translation>第 %1 行：%2；已略过该时区（没有事件使用它）</translation>
    </message>
    <message>
        <source>line %1: END:VEVENT without a BEGIN:VEVENT before it; the lines before it were not read as an event</source>
        <translation>第 %1 行：END:VEVENT 之前没有 BEGIN:VEVENT；它前面的行没有作为事件读取</translation>
    </message>
    <message>
        <source>line %1: the calendar has no END:VCALENDAR line, so the file may be cut off; the events before the cut were read</source>
        <translation>第 %1 行：日历没有 END:VCALENDAR 行，文件可能不完整；截断处之前的事件已读取</translation>
    </message>
    <message>
        <source>has no END:VEVENT line (the file may be cut off); it was left out</source>
        <translation>没有 END:VEVENT 行（文件可能不完整）；已略过</translation>
    </message>
    <message>
        <source>cannot be read (%1); it was left out</source>
        <translation>无法读取（%1）；已略过</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件是空的。</translation>
    </message>
    <message>
        <source>a time zone has no name (TZID)</source>
        <translation>有一个时区没有名称（TZID）</translation>
    </message>
    <message>
        <source>the time zone “%1” has a line “%2” without a colon, which is no property</source>
        <translation>时区“%1”中有一行“%2”没有冒号，不是有效的属性</translation>
    </message>
    <message>
        <source>the time zone “%1” has a UTC offset “%2” that cannot be read; write it like +0100 or -0500</source>
        <translation>时区“%1”的 UTC 偏移“%2”无法读取；请写成 +0100 或 -0500 这样的格式</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 “%3” that is not a date and time; write it like 19701025T030000</source>
        <translation>时区“%1”的 %2“%3”不是日期和时间；请写成 19701025T030000 这样的格式</translation>
    </message>
    <message>
        <source>the time zone “%1” has %2 “%3”, which cannot be read</source>
        <translation>时区“%1”的 %2“%3”无法读取</translation>
    </message>
    <message>
        <source>the time zone “%1” gives a change as a day without a time (%2); a change of time needs a date and a time, like 19701025T030000</source>
        <translation>时区“%1”把一次时间变更写成了只有日期没有时间（%2）；时间变更需要日期和时间，例如 19701025T030000</translation>
    </message>
    <message>
        <source>the time zone “%1” has a change without %2</source>
        <translation>时区“%1”中有一次变更缺少 %2</translation>
    </message>
    <message>
        <source>the time zone “%1” cannot be read (%2)</source>
        <translation>时区“%1”无法读取（%2）</translation>
    </message>
    <message>
        <source>its start “%1” is a day that does not exist (%2 has no day %3)</source>
        <translation>其开始时间“%1”是一个不存在的日期（%2 没有 %3 日）</translation>
    </message>
    <message>
        <source>its end “%1” is a day that does not exist (%2 has no day %3)</source>
        <translation>其结束时间“%1”是一个不存在的日期（%2 没有 %3 日）</translation>
    </message>
    <message>
        <source>its start “%1” is not a date and time; write it as %2</source>
        <translation>其开始时间“%1”不是日期和时间；请写成 %2</translation>
    </message>
    <message>
        <source>its end “%1” is not a date and time; write it as %2</source>
        <translation>其结束时间“%1”不是日期和时间；请写成 %2</translation>
    </message>
    <message>
        <source>its start “%1” is not a date and time; write year, month, day, T, hours, minutes and seconds, like 20261124T093000 (with Z at the end for UTC)</source>
        <translation>其开始时间“%1”不是日期和时间；请依次写年、月、日、T、时、分、秒，例如 20261124T093000（UTC 时间在末尾加 Z）</translation>
    </message>
    <message>
        <source>its end “%1” is not a date and time; write year, month, day, T, hours, minutes and seconds, like 20261124T103000 (with Z at the end for UTC)</source>
        <translation>其结束时间“%1”不是日期和时间；请依次写年、月、日、T、时、分、秒，例如 20261124T103000（UTC 时间在末尾加 Z）</translation>
    </message>
    <message>
        <source>its duration “%1” cannot be read; write it like PT1H30M (one and a half hours)</source>
        <translation>其时长“%1”无法读取；请写成 PT1H30M 这样的格式（一个半小时）</translation>
    </message>
    <message>
        <source>its %1 “%2” cannot be read</source>
        <translation>其 %1“%2”无法读取</translation>
    </message>
    <message>
        <source>The file holds contacts (vCards), not a calendar; import it as contacts.</source>
        <translation>该文件包含的是联系人 (vCard)，不是日历；请作为联系人导入。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; that is not a visit calendar.</source>
        <translation>该文件大于 %1 MB，不是拜访日历。</translation>
    </message>
    <message>
        <source>The file holds no calendar and no events (no BEGIN:VCALENDAR).</source>
        <translation>该文件中没有日历，也没有事件（没有 BEGIN:VCALENDAR）。</translation>
    </message>
    <message>
        <source>%1 event names</source>
        <translation>%1 个事件指向</translation>
    </message>
    <message>
        <source>%1 events name</source>
        <translation>%1 个事件指向</translation>
    </message>
    <message>
        <source>The calendar was not imported: %1 no account found here. Nothing was written. Put the account&apos;s code or exact name in the event&apos;s location or title, or skip these events to import the rest.</source>
        <translation>日历未导入：%1此处找不到的客户。未写入任何内容。请在事件的地点或标题中写明客户编码或准确名称，或跳过这些事件以导入其余部分。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 no account found here. Nothing was written. Put the account&apos;s code or exact name in the event&apos;s location or title, or skip these events to import the rest.</source>
        <translation>%1 未导入：%2此处找不到的客户。未写入任何内容。请在事件的地点或标题中写明客户编码或准确名称，或跳过这些事件以导入其余部分。</translation>
    </message>
    <message>
        <source>has a value that cannot be read; it was left out</source>
        <translation>有一个值无法读取；已跳过</translation>
    </message>
    <message>
        <source>has no UID, so it cannot be matched to a visit</source>
        <translation>没有 UID，无法与拜访对应</translation>
    </message>
    <message>
        <source>repeats (or changes one occurrence of a series); plan each visit as its own event, acct-desktop does not expand series</source>
        <translation>是重复事件（或修改了系列中的某一次）；请将每次拜访安排为单独的事件，acct-desktop 不展开重复系列</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>lasts longer than 12 hours; that is not a visit</source>
        <translation>持续超过 12 小时，不是拜访</translation>
    </message>
    <message>
        <source>has %1 %2 values</source>
        <translation>有 %1 个 %2 值</translation>
    </message>
    <message>
        <source>gives its %1 in a time zone without a name (TZID=); write the zone&apos;s name, such as Europe/Amsterdam, or leave TZID out to read it on your own clock</source>
        <translation>其 %1 使用了没有名称的时区（TZID=）；请写上时区名称，例如 Europe/Amsterdam，或去掉 TZID，按您自己的时钟读取</translation>
    </message>
    <message>
        <source>uses the time zone “%1”, which cannot be read (line %2)</source>
        <translation>使用的时区“%1”无法读取（第 %2 行）</translation>
    </message>
    <message>
        <source>has no start (DTSTART); give it one to import it as a visit</source>
        <translation>没有开始时间（DTSTART）；请设定开始时间，才能作为拜访导入</translation>
    </message>
    <message>
        <source>has a %1 that cannot be read</source>
        <translation>其 %1 无法读取</translation>
    </message>
    <message>
        <source>is an all-day event; give it a start and end time to import it as a visit</source>
        <translation>是全天事件；请为它设定开始和结束时间，才能作为拜访导入</translation>
    </message>
    <message>
        <source>has a %1 that is not a date and time</source>
        <translation>其 %1 不是日期和时间</translation>
    </message>
    <message>
        <source>uses the time zone “%1”, which the file does not define</source>
        <translation>使用的时区“%1”在文件中没有定义</translation>
    </message>
    <message>
        <source>has a %1 out of range</source>
        <translation>其 %1 超出范围</translation>
    </message>
    <message>
        <source>its visit was deleted in acct-desktop; it was not restored</source>
        <translation>其对应的拜访已在 acct-desktop 中删除；未予恢复</translation>
    </message>
    <message>
        <source>its visit is done; its time was not changed</source>
        <translation>其对应的拜访已完成；时间未更改</translation>
    </message>
    <message>
        <source>its visit is missed; its time was not changed</source>
        <translation>其对应的拜访已错过；时间未更改</translation>
    </message>
    <message>
        <source>is cancelled and matches no visit; nothing to plan</source>
        <translation>已取消且与任何拜访都不对应；无需安排</translation>
    </message>
    <message>
        <source>names the account “%1”, which does not exist</source>
        <translation>指定的客户“%1”不存在</translation>
    </message>
    <message>
        <source>%1 accounts are called “%2”; put the code in its location</source>
        <translation>有 %1 个客户名为“%2”；请在地点中写明编码</translation>
    </message>
    <message>
        <source>names several accounts (%1); keep one code in its location</source>
        <translation>指定了多个客户（%1）；地点中只保留一个客户编码</translation>
    </message>
    <message>
        <source>matches no visit and names no account: put the account code in its location or title (or X-ACCT-ACCOUNT) to plan it</source>
        <translation>与任何拜访都不对应，也没有指定客户：请在地点或标题（或 X-ACCT-ACCOUNT）中写上客户编码以安排拜访</translation>
    </message>
    <message>
        <source>Visit sheets are printed for at most %1 days at once.</source>
        <translation>拜访单一次最多打印 %1 天。</translation>
    </message>
    <message>
        <source>There are no planned visits for %1 from %2 to %3.</source>
        <translation>%2 至 %3 期间没有 %1 的计划拜访。</translation>
    </message>
    <message>
        <source>There are no planned visits from %1 to %2.</source>
        <translation>%1 至 %2 期间没有计划拜访。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone name.</source>
        <translation>“%1”不是时区名称。</translation>
    </message>
    <message>
        <source>This QR code is not from an acct-desktop checklist.</source>
        <translation>此二维码不是来自 acct-desktop 确认清单。</translation>
    </message>
    <message>
        <source>The QR code&apos;s document hash is malformed.</source>
        <translation>二维码中的文件哈希值格式有误。</translation>
    </message>
    <message>
        <source>%1 · all closed</source>
        <translation>%1 · 已全部关闭</translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation>%1 · 未结 %2</translation>
    </message>
    <message>
        <source>%1 · %2 open · %3 overdue</source>
        <translation>%1 · 未结 %2 · 逾期 %3</translation>
    </message>
    <message>
        <source>This database also holds a checklist %1, but this file is not the copy issued from here.</source>
        <translation>本数据库中也有确认清单 %1，但此文件不是从这里出具的那一份。</translation>
    </message>
    <message>
        <source>It is the copy of %1 issued from this database.</source>
        <translation>这正是本数据库出具的 %1。</translation>
    </message>
    <message>
        <source>It is the copy of %1 issued from this database, but it is no longer current: it was replaced by %2, issued on %3.</source>
        <translation>这正是本数据库出具的 %1，但它已不是现行版本：已被 %3 出具的 %2 替代。</translation>
    </message>
    <message>
        <source>It is the copy of %1 issued from this database, but it is no longer current: it was replaced by %2, issued on %3; the current revision is %4, issued on %5.</source>
        <translation>这正是本数据库出具的 %1，但它已不是现行版本：已被 %3 出具的 %2 替代；现行版本是 %5 出具的 %4。</translation>
    </message>
    <message>
        <source>The QR code on %1 names %2, but with other content than the copy issued from here.</source>
        <translation>%1 上的二维码指向 %2，但内容与从这里出具的那一份不同。</translation>
    </message>
    <message>
        <source>The QR code on %1 names %2, not %3.</source>
        <translation>%1 上的二维码指向 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>This checklist no longer exists.</source>
        <translation>此确认清单已不存在。</translation>
    </message>
    <message>
        <source>This checklist has no sealed PDF.</source>
        <translation>此确认清单没有已签章的 PDF。</translation>
    </message>
    <message>
        <source>The customer cannot have stamped it before it was issued.</source>
        <translation>客户不可能在出具之前就已盖章。</translation>
    </message>
    <message>
        <source>The stamp cannot be dated after today; enter the day the customer stamped it.</source>
        <translation>盖章日期不能晚于今天；请填写客户盖章的那一天。</translation>
    </message>
    <message>
        <source>%1 already has a stamped copy, %2, stamped on %3.</source>
        <translation>%1 已有盖章件 %2，盖章日期 %3。</translation>
    </message>
    <message>
        <source>Some of the chosen issues belong to another account or were withdrawn.</source>
        <translation>所选问题中有些属于其他客户或已被撤回。</translation>
    </message>
    <message>
        <source>%1 and the accounts below it have no open issues to put on a checklist.</source>
        <translation>%1 及其下级客户没有可列入确认清单的未结问题。</translation>
    </message>
    <message>
        <source>%1 has no open issues to put on a checklist.</source>
        <translation>%1 没有可列入确认清单的未结问题。</translation>
    </message>
    <message>
        <source>A checklist holds at most %1 issues; choose fewer (%2).</source>
        <translation>一份确认清单最多列 %1 个问题；请少选一些（当前 %2 个）。</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 certificate fingerprint.</source>
        <translation>“%1”不是 SHA-256 证书指纹。</translation>
    </message>
    <message>
        <source>Certificates can be exported as .pem, .crt, .cer or .der files, not “%1”.</source>
        <translation>证书只能导出为 .pem、.crt、.cer 或 .der 文件，不能导出为“%1”。</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2).</source>
        <translation>无法读取文件 %1（%2）。</translation>
    </message>
    <message>
        <source>The file %1 is not a certificate. Ask the sender for their seal certificate as a .pem, .crt, .cer or .der file.</source>
        <translation>文件 %1 不是证书。请向发送人索取 .pem、.crt、.cer 或 .der 格式的签章证书。</translation>
    </message>
    <message>
        <source>No seal key has been created yet. Create one (your name and organisation) before sealing checklists.</source>
        <translation>尚未创建签章密钥。请先创建（填写您的姓名和单位），再为确认清单签章。</translation>
    </message>
    <message>
        <source>The seal certificate could not be read (%1).</source>
        <translation>无法读取签章证书（%1）。</translation>
    </message>
    <message>
        <source>Create a new seal key under Tools → New seal key… (or run `acct-desktop seal new-key`); documents sealed earlier stay verifiable.</source>
        <translation>请在“工具 → 新建签章密钥…”中创建新的签章密钥（或运行 `acct-desktop seal new-key`）；之前签章的文件仍可验证。</translation>
    </message>
    <message>
        <source>Create a new seal key under Tools → New seal key… (or run `acct-desktop seal new-key`).</source>
        <translation>请在“工具 → 新建签章密钥…”中创建新的签章密钥（或运行 `acct-desktop seal new-key`）。</translation>
    </message>
    <message>
        <source>The seal key file is missing or unreadable (%1). %2</source>
        <translation>签章密钥文件缺失或无法读取（%1）。%2</translation>
    </message>
    <message>
        <source>The seal key could not be unlocked with the passphrase stored in the system keyring (the key file was replaced or damaged). %1</source>
        <translation>无法用系统密钥环中保存的口令解锁签章密钥（密钥文件已被替换或损坏）。%1</translation>
    </message>
    <message>
        <source>The seal key does not belong to the seal certificate. %1</source>
        <translation>签章密钥与签章证书不匹配。%1</translation>
    </message>
    <message>
        <source>The seal certificate file is damaged. %1</source>
        <translation>签章证书文件已损坏。%1</translation>
    </message>
    <message>
        <source>The seal needs a name.</source>
        <translation>签章需要填写姓名。</translation>
    </message>
    <message>
        <source>The name on a seal can be at most %1 characters.</source>
        <translation>签章上的姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The seal needs an organisation.</source>
        <translation>签章需要填写单位。</translation>
    </message>
    <message>
        <source>The organisation on a seal can be at most %1 characters.</source>
        <translation>签章上的单位名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>The system keyring refused to store the seal key&apos;s passphrase (%1). Unlock or configure the keyring, then try again.</source>
        <translation>系统密钥环拒绝保存签章密钥的口令（%1）。请解锁或配置密钥环，然后重试。</translation>
    </message>
    <message>
        <source>The system keyring did not keep the seal key&apos;s passphrase. Unlock or configure the keyring, then try again.</source>
        <translation>系统密钥环没有保存签章密钥的口令。请解锁或配置密钥环，然后重试。</translation>
    </message>
    <message>
        <source>The system keyring could not be read (%1), so the seal key cannot be unlocked. Unlock or configure the keyring, then try again.</source>
        <translation>无法读取系统密钥环（%1），因此无法解锁签章密钥。请解锁或配置密钥环，然后重试。</translation>
    </message>
    <message>
        <source>The seal key&apos;s passphrase is not in this computer&apos;s system keyring (it was deleted, or the key was copied from another computer), so the key cannot be used. %1</source>
        <translation>本机的系统密钥环中没有签章密钥的口令（已被删除，或密钥是从另一台电脑复制来的），因此无法使用该密钥。%1</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>Sealed and intact: sealed by %1.</source>
        <translation>已签章且完整无改动：由 %1 签章。</translation>
    </message>
    <message>
        <source>Sealed and intact: sealed by %1 on %2.</source>
        <translation>已签章且完整无改动：由 %1 于 %2 签章。</translation>
    </message>
    <message>
        <source>Modified after sealing: the file was changed or had content appended after it was sealed — do not trust it.</source>
        <translation>签章后被改动：文件在签章后被修改或追加了内容——请勿信任。</translation>
    </message>
    <message>
        <source>Not sealed: this PDF carries no digital seal.</source>
        <translation>未签章：此 PDF 没有电子签章。</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未署名</translation>
    </message>
    <message>
        <source>Sealed by a key that is not trusted: the seal is intact, but the certificate (%1, fingerprint %2) did not pass validation: %3.</source>
        <translation>签章密钥不受信任：签章完整，但证书（%1，指纹 %2）未通过验证：%3。</translation>
    </message>
    <message>
        <source>Sealed by an unknown key: the seal is intact but was made by a certificate you have not imported as trusted (%1, fingerprint %2).</source>
        <translation>由未知密钥签章：签章完整，但所用证书尚未被您导入为受信任证书（%1，指纹 %2）。</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>Not a readable PDF: %1.</source>
        <translation>不是可读取的 PDF：%1。</translation>
    </message>
    <message>
        <source>an unnamed signer (%1)</source>
        <translation>未署名的签章人（%1）</translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation>未署名的签章人</translation>
    </message>
    <message>
        <source>This file is not a readable PDF, so it cannot be sealed (%1).</source>
        <translation>此文件不是可读取的 PDF，因此无法签章（%1）。</translation>
    </message>
    <message>
        <source>This PDF is already sealed; a checklist is sealed once, as its last step.</source>
        <translation>此 PDF 已签章；确认清单只在最后一步签章一次。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>it has no PDF header (it may be an image, a text file or another document)</source>
        <translation>它没有 PDF 文件头（可能是图片、文本文件或其他文档）</translation>
    </message>
    <message>
        <source>it was sealed on %1, outside the certificate&apos;s validity (%2 to %3)</source>
        <translation>签章日期为 %1，不在证书有效期内（%2 至 %3）</translation>
    </message>
    <message>
        <source>pyHanko reports %1</source>
        <translation>pyHanko 报告：%1</translation>
    </message>
    <message>
        <source>the certificate was not accepted</source>
        <translation>证书未被接受</translation>
    </message>
    <message>
        <source>%1 card read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>已读取 %1 张名片：新建 %2 个，更新 %3 个，%4 个未变。</translation>
    </message>
    <message>
        <source>%1 cards read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>已读取 %1 张名片：新建 %2 个，更新 %3 个，%4 个未变。</translation>
    </message>
    <message>
        <source>%1 remarks follow.</source>
        <translation>以下是 %1 条说明。</translation>
    </message>
    <message>
        <source>There is no account %1 in the database; nothing was imported.</source>
        <translation>数据库中没有客户 %1；未导入任何内容。</translation>
    </message>
    <message>
        <source>card %1 (line %2) already describes this contact</source>
        <translation>第 %1 张名片（第 %2 行）已描述了此联系人</translation>
    </message>
    <message>
        <source>%1 contacts called &quot;%2&quot; match this card; give it the e-mail or phone of only one of them</source>
        <translation>有 %1 位名为“%2”的联系人与此名片匹配；请只填写其中一人的电子邮件或电话</translation>
    </message>
    <message>
        <source>card %1 (line %2): the manager it names (X-ACCT-REPORTS-TO %3) is neither in the file nor in the account; the reporting line was left empty</source>
        <translation>第 %1 张名片（第 %2 行）：其指定的上级（X-ACCT-REPORTS-TO %3）既不在文件中，也不在该客户中；汇报关系留空</translation>
    </message>
    <message>
        <source>X-ACCT-REPORTS-TO names the card itself</source>
        <translation>X-ACCT-REPORTS-TO 指向了名片本身</translation>
    </message>
    <message>
        <source>X-ACCT-REPORTS-TO makes a reporting loop</source>
        <translation>X-ACCT-REPORTS-TO 形成了汇报关系循环</translation>
    </message>
    <message>
        <source>%1 had already been erased; nothing changed.</source>
        <translation>%1 此前已被清除；未做任何更改。</translation>
    </message>
    <message>
        <source>The contact&apos;s personal data was erased; they are now shown as %1. Changed or removed: %2 mentioning them, %3, %4, %5.</source>
        <translation>该联系人的个人数据已清除；现显示为 %1。已更改或删除：提及此人的 %2、%3、%4、%5。</translation>
    </message>
    <message>
        <source>%1 of sealed checklists mention them and were left as issued (a sealed document cannot be changed).</source>
        <translation>已封存的确认清单中有 %1 提及此人，这些内容保持签发时的原样（已封存的文件不能更改）。</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1 段文字</translation>
    </message>
    <message>
        <source>%1 texts</source>
        <translation>%1 段文字</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 个关系</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 个关系</translation>
    </message>
    <message>
        <source>%1 detail</source>
        <translation>%1 项联系方式</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>%1 项联系方式</translation>
    </message>
    <message>
        <source>%1 audit value</source>
        <translation>%1 个审计值</translation>
    </message>
    <message>
        <source>%1 audit values</source>
        <translation>%1 个审计值</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>没有 ID 为 %1 的联系人。</translation>
    </message>
    <message>
        <source>Say why the data is erased: the reason is kept in the audit trail.</source>
        <translation>请说明清除数据的原因：原因会保存在审计记录中。</translation>
    </message>
    <message>
        <source>The device code is 2 to 6 capital letters or digits, such as 7KX.</source>
        <translation>设备代码为 2 到 6 位大写字母或数字，例如 7KX。</translation>
    </message>
    <message>
        <source>The period ends before it starts; choose the dates again.</source>
        <translation>期间的结束日期早于开始日期；请重新选择日期。</translation>
    </message>
    <message>
        <source>Your name is printed on every document; fill it in.</source>
        <translation>每份文件上都会打印您的姓名；请填写。</translation>
    </message>
    <message>
        <source>Your company&apos;s name is printed on every document.</source>
        <translation>每份文件上都会打印您公司的名称。</translation>
    </message>
    <message>
        <source>Your name and company are not set. Fill them in under Tools → My details (or run `acct-desktop manager --name … --organisation …`).</source>
        <translation>尚未设置您的姓名和公司。请在“工具 → 我的信息”中填写（或运行 `acct-desktop manager --name … --organisation …`）。</translation>
    </message>
    <message>
        <source>A section&apos;s commentary holds at most %1 characters; shorten it or move the details to an attachment.</source>
        <translation>每个部分的点评最多 %1 个字符；请缩短内容，或把细节放到附件中。</translation>
    </message>
    <message>
        <source>No territory has the code %1.</source>
        <translation>没有代码为 %1 的区域。</translation>
    </message>
    <message>
        <source>%1 has not begun yet (today is %2): choose this month, summed up to date, or an earlier one.</source>
        <translation>%1 尚未开始（今天是 %2）：请选择本月（统计截至今日）或更早的月份。</translation>
    </message>
    <message>
        <source>%1 in territory %2</source>
        <translation>%2区域的%1</translation>
    </message>
    <message>
        <source>No sales figures were imported for %1; the nearest months with figures are %2 and %3.</source>
        <translation>%1没有导入任何销售数据；最近有数据的月份是%2和%3。</translation>
    </message>
    <message>
        <source>No sales figures were imported for %1; the nearest month with figures is %2.</source>
        <translation>%1没有导入任何销售数据；最近有数据的月份是%2。</translation>
    </message>
    <message>
        <source>No sales figures were imported for %1, nor for any other month.</source>
        <translation>%1没有导入任何销售数据，其他月份也没有。</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2); swap the dates.</source>
        <translation>时间范围的结束日期（%1）早于开始日期（%2）；请对调这两个日期。</translation>
    </message>
    <message>
        <source>Choose a day after today to snooze until.</source>
        <translation>请选择今天之后的某一天作为暂缓截止日。</translation>
    </message>
    <message>
        <source>Say why you dismiss this alert; the reason is kept with it.</source>
        <translation>请说明忽略此提醒的原因；原因会与提醒一起保存。</translation>
    </message>
    <message>
        <source>This alert has no key; refresh the list and try again.</source>
        <translation>此提醒没有键；请刷新列表后重试。</translation>
    </message>
    <message>
        <source>a card for a %1 (KIND:%1), not for a person</source>
        <translation>这是一张 %1 的名片（KIND:%1），不是个人名片</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from 1 to 5</source>
        <translation>%1“%2”不是 1 到 5 的整数</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date like 2026-11-02</source>
        <translation>%1“%2”不是类似 2026-11-02 的日期</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3</source>
        <translation>%1“%2”不是以下之一：%3</translation>
    </message>
    <message>
        <source>the name is %1 characters long; at most %2 fit</source>
        <translation>姓名长度为 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <source>the title is %1 characters long; at most %2 fit</source>
        <translation>职位长度为 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <source>the department is %1 characters long; at most %2 fit</source>
        <translation>部门长度为 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <source>the phone is %1 characters long; at most %2 fit</source>
        <translation>电话长度为 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <source>the email is %1 characters long; at most %2 fit</source>
        <translation>电子邮件长度为 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <source>the messenger id is %1 characters long; at most %2 fit</source>
        <translation>即时通讯账号长度为 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is longer than 60 characters</source>
        <translation>标签“%1”超过 60 个字符</translation>
    </message>
    <message>
        <source>a value holds control characters</source>
        <translation>某个值含有控制字符</translation>
    </message>
    <message>
        <source>the quoted-printable text is not valid %1</source>
        <translation>quoted-printable 文本不是有效的 %1</translation>
    </message>
    <message>
        <source>the value cannot be decoded (%1)</source>
        <translation>该值无法解码（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard line</source>
        <translation>“%1”不是 vCard 行</translation>
    </message>
    <message>
        <source>card %1 (line %2): %3</source>
        <translation>第 %1 张名片（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>the file is not valid %1 (%2)</source>
        <translation>该文件不是有效的 %1（%2）</translation>
    </message>
    <message>
        <source>unknown character set &quot;%1&quot;</source>
        <translation>未知的字符集“%1”</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>文本不是有效的 %1</translation>
    </message>
    <message>
        <source>the text is not UTF-8 and the line does not say its CHARSET; save the file as UTF-8 and import it again</source>
        <translation>文本不是 UTF-8，且该行没有注明 CHARSET；请将文件另存为 UTF-8 后重新导入</translation>
    </message>
    <message>
        <source>the card has no END:VCARD line</source>
        <translation>该名片缺少 END:VCARD 行</translation>
    </message>
    <message>
        <source>this is not a vCard file (its first line is &quot;%1&quot;; cards start with BEGIN:VCARD)</source>
        <translation>这不是 vCard 文件（第一行是“%1”；名片应以 BEGIN:VCARD 开头）</translation>
    </message>
    <message>
        <source>this is not a vCard file (it is empty; cards start with BEGIN:VCARD)</source>
        <translation>这不是 vCard 文件（文件为空；名片应以 BEGIN:VCARD 开头）</translation>
    </message>
    <message>
        <source>text outside any card (BEGIN:VCARD … END:VCARD)</source>
        <translation>名片之外的文字（BEGIN:VCARD … END:VCARD）</translation>
    </message>
    <message>
        <source>and %1 more lines outside any card</source>
        <translation>名片之外还有 %1 行文字</translation>
    </message>
    <message>
        <source>the card cannot be read (%1)</source>
        <translation>无法读取该名片（%1）</translation>
    </message>
    <message>
        <source>card %1 (line %2): %3; skipped</source>
        <translation>第 %1 张名片（第 %2 行）：%3；已跳过</translation>
    </message>
    <message>
        <source>its text is not valid %1</source>
        <translation>其文本不是有效的 %1</translation>
    </message>
    <message>
        <source>unknown character set or encoding: %1</source>
        <translation>未知的字符集或编码：%1</translation>
    </message>
    <message>
        <source>no name (FN or N)</source>
        <translation>没有姓名（FN 或 N）</translation>
    </message>
    <message>
        <source>tier threshold</source>
        <translation>阶梯门槛</translation>
    </message>
    <message>
        <source>tier rate_percent</source>
        <translation>阶梯返利率</translation>
    </message>
    <message>
        <source>fixed_percent</source>
        <translation>固定返利率</translation>
    </message>
    <message>
        <source>last_year</source>
        <translation>去年同期进货额</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>进货额</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已结算金额</translation>
    </message>
    <message>
        <source>%1 must be finite, got %2</source>
        <translation>%1 必须是有限数值，当前为 %2</translation>
    </message>
    <message>
        <source>%1 must not be negative, got %2</source>
        <translation>%1 不能为负数，当前为 %2</translation>
    </message>
    <message>
        <source>duplicate tier threshold %1</source>
        <translation>阶梯门槛 %1 重复</translation>
    </message>
    <message>
        <source>fixed_percent terms need a fixed_percent</source>
        <translation>固定比例条款需要填写固定返利率</translation>
    </message>
    <message>
        <source>fixed_percent terms take no tiers</source>
        <translation>固定比例条款不设阶梯</translation>
    </message>
    <message>
        <source>%1 terms take tiers, not a fixed_percent</source>
        <translation>%1 条款使用阶梯，而不是固定返利率</translation>
    </message>
    <message>
        <source>%1 terms need at least one tier</source>
        <translation>%1 条款至少需要一个阶梯</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定比例</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: the rate must be 0 to %4, not %3</source>
        <translation>档位 %1 &apos;%2&apos;：比例必须在 0 到 %4 之间，而不是 %3</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>增长部分</translation>
    </message>
    <message>
        <source>whole volume</source>
        <translation>全部进货额</translation>
    </message>
    <message>
        <source>band %1+</source>
        <translation>区间 %1 以上</translation>
    </message>
    <message>
        <source>band %1–%2</source>
        <translation>区间 %1–%2</translation>
    </message>
    <message>
        <source>growth terms need last year&apos;s volume</source>
        <translation>增长返利条款需要去年同期进货额</translation>
    </message>
    <message>
        <source>quantity-based terms need the sales amount to price the rebate</source>
        <translation>按数量计算的条款需要销售额才能算出返利金额</translation>
    </message>
    <message>
        <source>period ends (%1) before it starts (%2)</source>
        <translation>期间的结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: threshold &apos;%3&apos; is not a number ≥ 0</source>
        <translation>第 %1 个阶梯“%2”：门槛“%3”不是 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: rate &apos;%3&apos; is not a number ≥ 0</source>
        <translation>第 %1 个阶梯“%2”：返利率“%3”不是 ≥ 0 的数字</translation>
    </message>
    <message>
        <source>no tiers given: expected e.g. &apos;0:1,100000:2&apos;</source>
        <translation>未给出阶梯：应写成例如“0:1,100000:2”</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: expected THRESHOLD:RATE</source>
        <translation>第 %1 个阶梯“%2”：应写成 门槛:返利率（THRESHOLD:RATE）</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: duplicate threshold %3</source>
        <translation>第 %1 个阶梯“%2”：门槛 %3 重复</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>区域办事处</translation>
    </message>
    <message>
        <source>distribution centre</source>
        <translation>配送中心</translation>
    </message>
    <message>
        <source>branch warehouse</source>
        <translation>分仓</translation>
    </message>
    <message>
        <source>store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>修理厂</translation>
    </message>
    <message>
        <source>distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>chain store</source>
        <translation>连锁门店</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>车队</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>工业</translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>user</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>技术把关</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>拥护者</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>sceptic</source>
        <translation>怀疑者</translation>
    </message>
    <message>
        <source>opponent</source>
        <translation>反对者</translation>
    </message>
    <message>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>fixed price</source>
        <translation>固定价</translation>
    </message>
    <message>
        <source>percent discount</source>
        <translation>百分比折扣</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>fixed percentage</source>
        <translation>固定比例</translation>
    </message>
    <message>
        <source>whole-volume tiers</source>
        <translation>全量阶梯</translation>
    </message>
    <message>
        <source>banded tiers</source>
        <translation>分段累进阶梯</translation>
    </message>
    <message>
        <source>sell-in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>sell-out</source>
        <translation>终端销售</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>like last year&apos;s sales</source>
        <translation>按去年销售比例</translation>
    </message>
    <message>
        <source>by weights</source>
        <translation>按权重</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account kind; use one of: %2</source>
        <translation>“%1”不是客户类型；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of: %2</source>
        <translation>“%1”不是渠道；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; use one of: %2</source>
        <translation>“%1”不是等级；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMU role; use one of: %2</source>
        <translation>“%1”不是角色；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attitude; use one of: %2</source>
        <translation>“%1”不是态度；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope; use one of: %2</source>
        <translation>“%1”不是适用范围；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule kind; use one of: %2 (or leave it empty: the list price stands)</source>
        <translation>“%1”不是定价规则类型；请使用以下之一：%2（或留空：按目录价）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rebate kind; use one of: %2</source>
        <translation>“%1”不是返利类型；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measure; use one of: %2</source>
        <translation>“%1”不是指标；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a breakdown method; use one of: %2</source>
        <translation>“%1”不是分解方式；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can mean %2; write the one you mean as listed: %3</source>
        <translation>“%1”可能是%2；请按以下写法写出所指的一项：%3</translation>
    </message>
    <message>
        <source>global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>%1 scope %2 does not cover account %3</source>
        <translation>%1范围 %2 不包括客户 %3</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>for %1, not %2</source>
        <translation>适用于 %1，而非 %2</translation>
    </message>
    <message>
        <source>outside validity %1</source>
        <translation>不在有效期 %1 内</translation>
    </message>
    <message>
        <source>currency %1 is not %2</source>
        <translation>币种 %1 不是 %2</translation>
    </message>
    <message>
        <source>cannot convert unit %1 to %2</source>
        <translation>无法将单位 %1 换算为 %2</translation>
    </message>
    <message>
        <source>min qty %1 &gt; %2</source>
        <translation>起订量 %1 &gt; %2</translation>
    </message>
    <message>
        <source>base rule %1 not found</source>
        <translation>找不到基准政策 %1</translation>
    </message>
    <message>
        <source>base rule %1 does not apply: %2</source>
        <translation>基准政策 %1 不适用：%2</translation>
    </message>
    <message>
        <source>less specific than %1</source>
        <translation>不如 %1 具体</translation>
    </message>
    <message>
        <source>lower min qty break than %1</source>
        <translation>起订量档位低于 %1</translation>
    </message>
    <message>
        <source>same rank as %1; tie broken by rule id</source>
        <translation>与 %1 同级；按政策编号决定</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) overlap for the same scope</source>
        <translation>%1（%2）与 %3（%4）适用范围相同且有效期重叠</translation>
    </message>
    <message>
        <source>%1 never fires: shadowed by %2 (same scope, window covers it)</source>
        <translation>%1 永远不会生效：被 %2 覆盖（范围相同，有效期包含它）</translation>
    </message>
    <message>
        <source>%1 never fires: valid_to &lt; valid_from</source>
        <translation>%1 永远不会生效：结束日期早于开始日期</translation>
    </message>
    <message>
        <source>%1 is based on %2, which does not exist</source>
        <translation>%1 以 %2 为基础，但该政策不存在</translation>
    </message>
    <message>
        <source>%1 is based on %2, which expired on %3</source>
        <translation>%1 以 %2 为基础，但该政策已于 %3 到期</translation>
    </message>
    <message>
        <source>price rules refer to each other in a loop: %1</source>
        <translation>价格政策相互引用形成循环：%1</translation>
    </message>
    <message>
        <source>A day off must end on or after its first day.</source>
        <translation>休息日的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Enter days off of at most a year at a time.</source>
        <translation>每条休息日最长一年。</translation>
    </message>
    <message>
        <source>Keep the note to 60 characters.</source>
        <translation>备注最多 60 个字符。</translation>
    </message>
    <message>
        <source>Enter the start as a latitude and a longitude, e.g. 10.7769, 106.7009.</source>
        <translation>请以纬度和经度输入出发地点，如 10.7769, 106.7009。</translation>
    </message>
    <message>
        <source>A latitude is from -90 to 90 and a longitude from -180 to 180.</source>
        <translation>纬度应在 -90 到 90 之间，经度应在 -180 到 180 之间。</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>工作日的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The lunch break must end after it starts.</source>
        <translation>午休的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>请至少选择一个工作日。</translation>
    </message>
    <message>
        <source>Plan 1 to 20 visits a day at most.</source>
        <translation>每天最多拜访次数应为 1 到 20。</translation>
    </message>
    <message>
        <source>The average travel speed must be 5 to 130 km/h.</source>
        <translation>平均行驶速度必须在 5 到 130 公里/小时之间。</translation>
    </message>
    <message>
        <source>“%1” is not a day off: write a day as %2, or days as %3.</source>
        <translation>“%1”不是休息日：单日请写作 %2，多日请写作 %3。</translation>
    </message>
    <message>
        <source>No public holidays are known for the country %1: give its two-letter code (NL, VN, CN…).</source>
        <translation>没有国家 %1 的法定节假日资料：请填写两个字母的国家代码（NL、VN、CN…）。</translation>
    </message>
    <message>
        <source>%1 has no region %2 (it has: %3).</source>
        <translation>%1 没有地区 %2（可选：%3）。</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>件</translation>
    </message>
    <message>
        <source>L</source>
        <translation>升</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <source>%1 · %2: %4 %5 from %3 on (%6) is more than %7 %5 below %3 (%8): a bigger order pays more per unit</source>
        <translation>%1 · %2：%3 起单价 %4 %5（%6）高于不足 %3 时的 %7 %5（%8）：订得越多，单价反而越高</translation>
    </message>
    <message>
        <source>The terms are incomplete: %1.</source>
        <translation>协议条款不完整：%1。</translation>
    </message>
    <message>
        <source>The account %1 has no active rebate agreement.</source>
        <translation>客户 %1 没有生效中的返利协议。</translation>
    </message>
    <message>
        <source>Line %1 (%2): policy %3 is in %4, so in %5 the list price stands.</source>
        <translation>第 %1 行（%2）：价格政策 %3 以 %4 计价，因此改为 %5 后按目录价。</translation>
    </message>
    <message>
        <source>Line %1 (%2): policy %3 is in %4, so in %5 policy %6 prices it.</source>
        <translation>第 %1 行（%2）：价格政策 %3 以 %4 计价，因此改为 %5 后由价格政策 %6 定价。</translation>
    </message>
    <message>
        <source>%1 was not imported: the backup to take before replacing figures could not be made (%2). Nothing was written.</source>
        <translation>%1 未导入：替换数据前应做的备份未能完成（%2）。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 row</source>
        <translation>%1：%2 行</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
    <message>
        <source>%1: %2 row (line %3)</source>
        <translation>%1：%2 行（第 %3 行）</translation>
    </message>
    <message>
        <source>%1: %2 rows (line %3)</source>
        <translation>%1：%2 行（第 %3 行）</translation>
    </message>
    <message>
        <source>%1: %2 rows (lines %3)</source>
        <translation>%1：%2 行（第 %3 行）</translation>
    </message>
    <message>
        <source>this row is in %1, which holds only %2 of the file&apos;s %3 rows (%4 holds %5): is its date mistyped? Importing it would replace %1&apos;s figures of the file&apos;s accounts</source>
        <translation>此行属于 %1，该月只有文件 %3 行中的 %2 行（%4 有 %5 行）：日期是否输错了？导入后将替换文件中客户在 %1 的数据</translation>
    </message>
    <message>
        <source>this row is in %1, outside the months named for this import (%2)</source>
        <translation>此行属于 %1，不在本次导入指明的月份（%2）之内</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>The file&apos;s rows by month: %1.</source>
        <translation>文件各月的行数：%1。</translation>
    </message>
    <message>
        <source>The file&apos;s measures were replaced in its months for every account of its accounts&apos; territories, not only for the accounts in the file.</source>
        <translation>已在文件所含月份中替换了文件中客户所属区域的所有客户的这些指标，而不仅是文件中的客户。</translation>
    </message>
    <message>
        <source>The file&apos;s measures were replaced in its months for every account, not only for the accounts in the file.</source>
        <translation>已在文件所含月份中替换了所有客户的这些指标，而不仅是文件中的客户。</translation>
    </message>
    <message>
        <source>There is no account with code “%1” to start from.</source>
        <translation>没有编码为“%1”的客户可作为出发地点。</translation>
    </message>
    <message>
        <source>%1 has no coordinates: the day cannot start there.</source>
        <translation>%1 没有坐标：无法从那里出发。</translation>
    </message>
    <message>
        <source>this column is read as the amount, but its header names a quantity: its numbers would be booked as money</source>
        <translation>此列被读作金额，但它的表头是数量：其中的数字会被记成金额</translation>
    </message>
    <message>
        <source>this column is read as the amount, but on every row it holds the same number as the quantity (column &quot;%1&quot;): is a quantity read as the amount?</source>
        <translation>此列被读作金额，但每一行的数字都与数量（列“%1”）相同：是不是把数量读成了金额？</translation>
    </message>
    <message>
        <source>The database cannot be reached just now; what you type is kept.</source>
        <translation>暂时无法连接数据库；您输入的内容已保留。</translation>
    </message>
    <message>
        <source>The team database on %1 cannot be reached; check the network or ask the administrator. Your work is kept.</source>
        <translation>无法连接 %1 上的团队数据库；请检查网络或联系管理员。您的工作已保留。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened; check that its drive or network share is connected. Your work is kept.</source>
        <translation>无法打开数据库文件 %1；请检查其所在的磁盘或网络共享是否已连接。您的工作已保留。</translation>
    </message>
    <message>
        <source>The team database on %1 refused the password for user %2.</source>
        <translation>%1 上的团队数据库拒绝了用户 %2 的密码。</translation>
    </message>
    <message>
        <source>The team database on %1 asks for the password of user %2, and no password is stored for it.</source>
        <translation>%1 上的团队数据库要求用户 %2 的密码，但尚未保存该用户的密码。</translation>
    </message>
    <message>
        <source>The team database on %1 does not let user %2 in; ask the administrator to give this user access.</source>
        <translation>%1 上的团队数据库不允许用户 %2 登录；请联系管理员为该用户开通访问权限。</translation>
    </message>
    <message>
        <source>%1 prices the same customers and products %2 and wins (same level, older code): %3 would never price anything. Shorten %1, or make %3 more specific.</source>
        <translation>%1 %2 为相同的客户和产品定价并优先（同一级别，编码较早者优先）：%3 将永远不会定价。请缩短 %1 的有效期，或让 %3 更具体。</translation>
    </message>
    <message>
        <source>%1 prices the same customers and products %2 and wins (same level, older code): %3 prices only outside those days. Shorten one of them, or make %3 more specific.</source>
        <translation>%1 %2 为相同的客户和产品定价并优先（同一级别，编码较早者优先）：%3 只在这些日期之外定价。请缩短其中一项的有效期，或让 %3 更具体。</translation>
    </message>
    <message>
        <source>%1 takes over from %3 %2 (same level, older code): %3 would never price anything again. Shorten one of them.</source>
        <translation>%1 %2 取代 %3（同一级别，编码较早者优先）：%3 将不再定价。请缩短其中一项的有效期。</translation>
    </message>
    <message>
        <source>%1 takes over from %3 %2 (same level, older code): %3 stops pricing on those days. Shorten one of them.</source>
        <translation>%1 %2 取代 %3（同一级别，编码较早者优先）：%3 在这些日期不再定价。请缩短其中一项的有效期。</translation>
    </message>
    <message>
        <source>Save again to keep it as it is.</source>
        <translation>再次保存即按原样保留。</translation>
    </message>
    <message>
        <source>Approve it anyway: I know it will never price anything</source>
        <translation>仍然批准：我知道它永远不会定价</translation>
    </message>
    <message>
        <source>You submitted %1 yourself: say who approved it (for example the sales director, by phone). An approval is someone else&apos;s decision.</source>
        <translation>%1 是您自己提交的：请说明是谁批准的（例如销售总监，电话批准）。批准须由他人作出。</translation>
    </message>
    <message>
        <source>%1 is active and stays in the register: only a draft that was never submitted can be deleted. To end it, terminate it (Terminate…).</source>
        <translation>%1 已生效，将保留在登记簿中：只有从未提交过的草稿才能删除。如需结束，请将其终止（终止…）。</translation>
    </message>
    <message>
        <source>%1 is %2 and stays in the register with its history: only a draft that was never submitted can be deleted.</source>
        <translation>%1 的状态为“%2”，将连同其历史记录保留在登记簿中：只有从未提交过的草稿才能删除。</translation>
    </message>
    <message>
        <source>%1 was submitted for approval before and stays in the register with its history: correct it and submit it again, or leave it as a draft.</source>
        <translation>%1 曾提交审批，将连同其历史记录保留在登记簿中：请更正后重新提交，或将其保留为草稿。</translation>
    </message>
    <message>
        <source>(deleted account)</source>
        <translation>（已删除的客户）</translation>
    </message>
    <message>
        <source>(deleted territory)</source>
        <translation>（已删除的区域）</translation>
    </message>
    <message>
        <source>(deleted product)</source>
        <translation>（已删除的产品）</translation>
    </message>
    <message>
        <source>(deleted price policy)</source>
        <translation>（已删除的价格政策）</translation>
    </message>
    <message>
        <source>(deleted contact)</source>
        <translation>（已删除的联系人）</translation>
    </message>
    <message>
        <source>(deleted quote)</source>
        <translation>（已删除的报价单）</translation>
    </message>
    <message>
        <source>(deleted issue)</source>
        <translation>（已删除的问题）</translation>
    </message>
    <message>
        <source>install a font that has them (Windows&apos; SimSun-ExtB and MingLiU-ExtB have most rare Chinese characters)</source>
        <translation>安装包含这些字符的字体（Windows 的 SimSun-ExtB 和 MingLiU-ExtB 字体包含大多数生僻汉字）</translation>
    </message>
    <message>
        <source>install a font that has them (open the font file with Font Book)</source>
        <translation>安装包含这些字符的字体（用“字体册”打开字体文件）</translation>
    </message>
    <message>
        <source>install a font that has them (the fonts-hanazono package has most rare Chinese characters)</source>
        <translation>安装包含这些字符的字体（fonts-hanazono 软件包包含大多数生僻汉字）</translation>
    </message>
    <message>
        <source>These characters could not be printed with the fonts on this computer and show as □ in the PDF: %1. To print them, %2, or set %3 to a font file that has them.</source>
        <translation>以下字符无法用本机的字体打印，在 PDF 中显示为 □：%1。要打印这些字符，请%2，或将 %3 设置为包含这些字符的字体文件。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the file has no amount column, so the amounts of the figures it replaces would become 0 (%1; in all %2). Columns not read: %3</source>
        <translation>文件没有金额列，因此它所替换的数据的金额将变为 0（%1；合计 %2）。未读取的列：%3</translation>
    </message>
    <message>
        <source>the file has no amount column, so the amounts of the figures it replaces would become 0 (%1; in all %2)</source>
        <translation>文件没有金额列，因此它所替换的数据的金额将变为 0（%1；合计 %2）</translation>
    </message>
    <message>
        <source>the file has no quantity column, so the quantities of the figures it replaces would become 0 (%1; in all %2). Columns not read: %3</source>
        <translation>文件没有数量列，因此它所替换的数据的数量将变为 0（%1；合计 %2）。未读取的列：%3</translation>
    </message>
    <message>
        <source>the file has no quantity column, so the quantities of the figures it replaces would become 0 (%1; in all %2)</source>
        <translation>文件没有数量列，因此它所替换的数据的数量将变为 0（%1；合计 %2）</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds numbers (%2), but no column is read as the amount, so every amount would be 0; map that column to the amount</source>
        <translation>“%1”列包含数字（%2），但没有任何列被识别为金额，所有金额都将为 0；请将该列映射为金额</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds numbers (%2), but no column is read as the quantity, so every quantity would be 0; map that column to the quantity</source>
        <translation>“%1”列包含数字（%2），但没有任何列被识别为数量，所有数量都将为 0；请将该列映射为数量</translation>
    </message>
    <message>
        <source>%1 changed %2 since; your change was not undone.</source>
        <translation>%1 之后修改了 %2；您的更改未撤销。</translation>
    </message>
    <message>
        <source>%1 was changed since; your change was not undone.</source>
        <translation>%1 之后已被修改；您的更改未撤销。</translation>
    </message>
    <message>
        <source>%1 changed %2 since; your change was not redone.</source>
        <translation>%1 之后修改了 %2；您的更改未重做。</translation>
    </message>
    <message>
        <source>%1 was changed since; your change was not redone.</source>
        <translation>%1 之后已被修改；您的更改未重做。</translation>
    </message>
    <message>
        <source>%1 saved a change to %2 at the same moment; your change was not saved. Look at it again and repeat your change.</source>
        <translation>%1 在同一时刻保存了对 %2 的修改；您的更改未保存。请重新查看后再次修改。</translation>
    </message>
    <message>
        <source>%1 was changed at the same moment; your change was not saved. Look at it again and repeat your change.</source>
        <translation>%1 在同一时刻被他人修改；您的更改未保存。请重新查看后再次修改。</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>此记录</translation>
    </message>
    <message>
        <source>the visit to %1 on %2</source>
        <translation>%2 对 %1 的拜访</translation>
    </message>
    <message>
        <source>cannot be reached in time from %1: %2 drive, %3 between</source>
        <translation>从%1赶不及：车程 %2，间隔仅 %3</translation>
    </message>
    <message>
        <source>%1 account, none with a manager named on its territory</source>
        <translation>%1 个客户，其区域均未指定经理</translation>
    </message>
    <message>
        <source>%1 accounts, none with a manager named on their territories</source>
        <translation>%1 个客户，其区域均未指定经理</translation>
    </message>
    <message>
        <source>%1 (%2) also counts the sales of %3 and the accounts under it from %4 to %5: the same sales would earn both rebates.</source>
        <translation>%1（%2）同样计入 %3 及其下属客户 %4 至 %5 的进货额：同一笔进货将获得两份返利。</translation>
    </message>
    <message>
        <source>%1 (%2) also counts the %6 sales of %3 and the accounts under it from %4 to %5: the same sales would earn both rebates.</source>
        <translation>%1（%2）同样计入 %3 及其下属客户 %4 至 %5 的%6进货额：同一笔进货将获得两份返利。</translation>
    </message>
</context>
<context>
    <name>planActual</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Account hierarchy</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>planColumns</name>
    <message>
        <source>Default columns</source>
        <translation>默认列</translation>
    </message>
</context>
<context>
    <name>planMonths</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Var. %</source>
        <translation>差异率（%）</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>对比计划</translation>
    </message>
</context>
<context>
    <name>planTree</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Var. %</source>
        <translation>差异率（%）</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>对比计划</translation>
    </message>
    <message>
        <source>Sell-out / week</source>
        <translation>终端销售/周</translation>
    </message>
    <message>
        <source>Turnover days</source>
        <translation>周转天数</translation>
    </message>
    <message>
        <source>Weeks of cover</source>
        <translation>库存可售周数</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>分析表</translation>
    </message>
    <message>
        <source>Sell-out
per week</source>
        <translation>终端销售
/周</translation>
    </message>
    <message>
        <source>Turnover
(days)</source>
        <translation>周转
（天）</translation>
    </message>
    <message>
        <source>Cover
(weeks)</source>
        <translation>库存可售
（周）</translation>
    </message>
    <message>
        <source>Variance: actual − target</source>
        <translation>差异：实际 − 目标</translation>
    </message>
    <message>
        <source>Variance %: (actual − target) ÷ target</source>
        <translation>差异率（%）：（实际 − 目标）÷ 目标</translation>
    </message>
    <message>
        <source>Sell-out per week: units sold to end customers ÷ weeks in the period</source>
        <translation>终端销售/周：售予终端客户的数量 ÷ 期间周数</translation>
    </message>
    <message>
        <source>Turnover days: closing stock ÷ average daily outbound (how many days the stock lasts at this pace of shipping)</source>
        <translation>周转天数：期末库存 ÷ 日均出库（按当前出货速度，库存可维持的天数）</translation>
    </message>
    <message>
        <source>Weeks of cover: closing stock ÷ weekly sell-out (outbound where no sell-out is reported)</source>
        <translation>库存可售周数：期末库存 ÷ 每周终端销售（未报终端销售时按出库计算）</translation>
    </message>
    <message>
        <source>Behind plan</source>
        <translation>落后于计划</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>符合计划</translation>
    </message>
    <message>
        <source>Ahead of plan</source>
        <translation>超出计划</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>Behind (from below)</source>
        <translation>落后（按下级）</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>终端销售</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Stock check</source>
        <translation>库存检查</translation>
    </message>
    <message>
        <source>Low cover</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>Slow-moving</source>
        <translation>周转缓慢</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>正常范围</translation>
    </message>
    <message>
        <source>Stock on hand: each account&apos;s last stock count in the period, with all below it</source>
        <translation>现有库存：各客户在本期最后一次盘点的库存，含其全部下级</translation>
    </message>
    <message>
        <source>Low cover: less stock than the weeks of cover wanted; slow-moving: stock lasting longer than the turnover days allowed</source>
        <translation>库存不足：库存低于要求的可售周数；周转缓慢：库存可维持的天数超过允许的周转天数</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>%1 %2 below plan at %3</source>
        <translation>%3 的%1低于计划 %2</translation>
    </message>
    <message>
        <source>%1 %2 above plan at %3</source>
        <translation>%3 的%1高于计划 %2</translation>
    </message>
    <message>
        <source>Only %2 weeks of stock cover at %3</source>
        <translation>%3 的库存仅够 %2 周</translation>
    </message>
    <message>
        <source>Stock at %3 lasts %2 days at this pace of shipping</source>
        <translation>按当前出货速度，%3 的库存可维持 %2 天</translation>
    </message>
    <message>
        <source>One account below is behind plan: %1 %2</source>
        <translation>下级有 1 个客户落后于计划：%1 %2</translation>
    </message>
    <message>
        <source>%1 accounts below are behind plan; furthest behind: %2 %3</source>
        <translation>下级有 %1 个客户落后于计划；落后最多的是：%2 %3</translation>
    </message>
    <message>
        <source>%1 · %2 behind below</source>
        <translation>%1 · 下级 %2 个落后</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>(no territory)</source>
        <translation>（无区域）</translation>
    </message>
    <message>
        <source>No target of its own: its target is the sum of the targets below it.</source>
        <translation>没有自身目标：其目标为下级客户目标之和。</translation>
    </message>
</context>
<context>
    <name>price_check</name>
    <message>
        <source>fired</source>
        <translation>已采用</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>outranked</source>
        <translation>被优先级更高者取代</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>目录价 %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>成本 %1</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>折扣 %1</translation>
    </message>
    <message>
        <source>markup %1</source>
        <translation>成本加成率 %1</translation>
    </message>
    <message>
        <source>Guard rails: %1</source>
        <translation>价格护栏：%1</translation>
    </message>
    <message>
        <source>Policies considered:</source>
        <translation>参考的政策：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>No products in the catalogue yet. Load the price list (acct-desktop import products FILE) to see what this account buys and what not.</source>
        <translation>产品目录中还没有产品。请导入价目表（acct-desktop import products 文件），即可看到此客户买了什么、没买什么。</translation>
    </message>
    <message>
        <source>No contacts yet. Add one on the contact map (Ctrl+N there), or drop a .vcf file on the window.</source>
        <translation>还没有联系人。请在联系人关系图中添加（在那里按 Ctrl+N），或把 .vcf 文件拖到窗口上。</translation>
    </message>
    <message>
        <source>No visits yet. Plan one in the visit calendar: double-click a free time.</source>
        <translation>还没有拜访。请在拜访日历中安排：双击一个空闲时间。</translation>
    </message>
    <message>
        <source>No price policy applies to this account. Enter one under Price policies and rebates (New, Ctrl+N).</source>
        <translation>此客户没有适用的价格政策。请在“价格政策和返利”中录入（新建，Ctrl+N）。</translation>
    </message>
    <message>
        <source>No rebate agreement for this account. Enter one under Price policies and rebates (New, Ctrl+N).</source>
        <translation>此客户没有返利协议。请在“价格政策和返利”中录入（新建，Ctrl+N）。</translation>
    </message>
    <message>
        <source>No quotes for this account yet. Start one in the quote builder (New quote, Ctrl+N).</source>
        <translation>此客户还没有报价单。请在报价单编辑器中新建（新建报价单，Ctrl+N）。</translation>
    </message>
    <message>
        <source>The account buys every product in the catalogue.</source>
        <translation>该客户购买了目录中的全部产品。</translation>
    </message>
    <message>
        <source>No competitor observations at this account yet. Note them in a visit report, under Competitors seen.</source>
        <translation>此客户还没有竞品记录。请在拜访报告的“发现的竞品”中记录。</translation>
    </message>
</context>
<context>
    <name>quoteLines</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Policy price</source>
        <translation>政策价</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>折后单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>成本加成率（%）</translation>
    </message>
    <message>
        <source>Markup over cost, (net price − cost) / cost, after all discounts — never printed</source>
        <translation>成本加成率：（净价 − 成本）/ 成本，已扣除所有折扣——永不打印</translation>
    </message>
    <message>
        <source>Not saved yet: the database cannot be reached. It is saved as soon as the database answers.</source>
        <translation>尚未保存：无法连接数据库。数据库一恢复响应就会保存。</translation>
    </message>
    <message>
        <source>✎ removal not saved yet</source>
        <translation>✎ 删除尚未保存</translation>
    </message>
    <message>
        <source>✎ not saved yet</source>
        <translation>✎ 尚未保存</translation>
    </message>
    <message>
        <source>Priced per %1 pack: %2</source>
        <translation>按每件 %1 计价：%2</translation>
    </message>
    <message>
        <source>Priced per %1 pack: %2 (net %3)</source>
        <translation>按每件 %1 计价：%2（折后 %3）</translation>
    </message>
    <message>
        <source>guide %1</source>
        <translation>指导价 %1</translation>
    </message>
    <message>
        <source>floor %1</source>
        <translation>限价 %1</translation>
    </message>
    <message>
        <source>min. markup %1</source>
        <translation>最低成本加成率 %1</translation>
    </message>
    <message>
        <source>discount band 0–%1 off list</source>
        <translation>折扣区间 0–%1（按目录价）</translation>
    </message>
    <message>
        <source>approval over %1 off list</source>
        <translation>折扣超过目录价 %1 需审批</translation>
    </message>
    <message>
        <source>no guard rails (below cost is flagged)</source>
        <translation>无价格护栏（低于成本仍会标记）</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>政策检查</translation>
    </message>
    <message>
        <source>The price the price-policy register gives this account (Ctrl+B: why)</source>
        <translation>价格政策登记簿为该客户给出的价格（Ctrl+B：查看原因）</translation>
    </message>
    <message>
        <source>Your cost per unit — never printed</source>
        <translation>您的单位成本——永不打印</translation>
    </message>
    <message>
        <source>The unit is pack, L or kg.</source>
        <translation>单位须为 pack、L 或 kg。</translation>
    </message>
    <message>
        <source>◷ price ends %1</source>
        <translation>◷ 价格 %1 到期</translation>
    </message>
    <message>
        <source>→ earliest %1</source>
        <translation>→ 最早 %1</translation>
    </message>
    <message>
        <source>✓ within policy</source>
        <translation>✓ 符合政策</translation>
    </message>
    <message>
        <source>Policy %1&apos;s price ends %2; the quote is valid to %3.</source>
        <translation>价格政策 %1 的价格于 %2 到期；报价单有效期至 %3。</translation>
    </message>
    <message>
        <source>Lead time %1 days: cannot be delivered by the requested date.</source>
        <translation>交货期 %1 天：无法在要求的日期前交货。</translation>
    </message>
    <message>
        <source>Needs a recorded approval before the quote can be sent.</source>
        <translation>需先记录审批，才能发送报价单。</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>价格政策 %1</translation>
    </message>
    <message>
        <source>Policy %1, valid to %2</source>
        <translation>价格政策 %1，有效期至 %2</translation>
    </message>
    <message>
        <source>No policy applies: the list price stands.</source>
        <translation>没有适用的价格政策：按目录价。</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <source>Search accounts by name or code</source>
        <translation>按名称或编码搜索客户</translation>
    </message>
</context>
<context>
    <name>relationshipMap</name>
    <message>
        <source>manages</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>人数：%1</translation>
    </message>
    <message>
        <source>Decision makers: %1 · Blockers: %2</source>
        <translation>决策者：%1 · 阻碍者：%2</translation>
    </message>
    <message>
        <source>Double-click to show them</source>
        <translation>双击显示其人员</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>邮政编码</translation>
    </message>
</context>
<context>
    <name>targetGrid</name>
    <message>
        <source>Account / territory</source>
        <translation>客户/区域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>终端销售</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Editing the year breaks it down again with the chosen method</source>
        <translation>修改全年目标会按所选方法重新分解</translation>
    </message>
    <message>
        <source>Editing a quarter scales its months in proportion</source>
        <translation>修改季度会按比例调整其各月</translation>
    </message>
    <message>
        <source>Editing a month changes its quarter and the year</source>
        <translation>修改月份会同时改变其季度和全年</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <source>evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>like last year&apos;s sales</source>
        <translation>按去年销售比例</translation>
    </message>
    <message>
        <source>by weights</source>
        <translation>按权重</translation>
    </message>
</context>
</TS>
