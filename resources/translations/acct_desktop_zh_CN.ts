<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountCommands</name>
    <message>
        <source>New account…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>New child account…</source>
        <translation>新建下级客户…</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>编辑客户…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
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
        <source>Plan visits for it and everything below…</source>
        <translation>为其及全部下级规划拜访…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑客户</translation>
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
        <source>Nothing needs you today.</source>
        <translation>今天没有需要您处理的事项。</translation>
    </message>
    <message>
        <source>%1 snoozed or dismissed: show them</source>
        <translation>%1 条已暂缓或已忽略：显示</translation>
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
        <source>Entered</source>
        <translation>录入时间</translation>
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
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
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
        <source>The scan of the stamped checklist</source>
        <translation>盖章确认清单的扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Stamped on</source>
        <translation>盖章日期</translation>
    </message>
    <message>
        <source>The day the customer stamped it (YYYY-MM-DD):</source>
        <translation>客户盖章日期 (YYYY-MM-DD)：</translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-11-23.</source>
        <translation>%1 不是有效日期，格式应如 2026-11-23。</translation>
    </message>
    <message>
        <source>%1 is marked stamped by the customer.</source>
        <translation>%1 已标记为客户已盖章。</translation>
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
        <source>&amp;Reports to:</source>
        <translation>汇报对象(&amp;R)：</translation>
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
        <source>%1 manages %2</source>
        <translation>%1 管理 %2</translation>
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
        <source>Not contacted for over %1 days:</source>
        <translation>超过 %1 天未联系：</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
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
    <name>FilterBar</name>
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
    <message>
        <source>%1 rows · %2</source>
        <translation>%1 行 · %2</translation>
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
        <source>Measure when the file gives none</source>
        <translation>文件未指定指标时使用</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
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
        <source>● %1 past deadline</source>
        <translation>● %1 个已逾期</translation>
    </message>
    <message>
        <source>✓ Nothing past deadline</source>
        <translation>✓ 无逾期问题</translation>
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
        <source>Import accounts…</source>
        <translation>导入客户…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>导入联系人…</translation>
    </message>
    <message>
        <source>Import sales…</source>
        <translation>导入销售数据…</translation>
    </message>
    <message>
        <source>Export accounts…</source>
        <translation>导出客户…</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>导出联系人…</translation>
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
        <source>Sales &amp;targets…</source>
        <translation>销售目标(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>db: %1 · counting… · offline</source>
        <translation>数据库：%1 · 正在计数… · 离线</translation>
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
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>acct-desktop hit an unexpected problem and stopped that action. Your saved data is safe. If it happens again, send the log file to support.</source>
        <translation>acct-desktop 遇到意外问题，已停止该操作。您已保存的数据是安全的。如果问题再次出现，请将日志文件发送给技术支持。</translation>
    </message>
    <message>
        <source>&amp;Monthly summary…</source>
        <translation>月度总结(&amp;M)…</translation>
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
        <source>System language</source>
        <translation>跟随系统语言</translation>
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
</context>
<context>
    <name>PlanActualDock</name>
    <message>
        <source>Only behind plan</source>
        <translation>仅显示落后于计划</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
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
        <source>No sales figures yet. Import the ERP&apos;s sales (File → Import sales…) and set targets (Sales targets…) to see where you are behind plan.</source>
        <translation>尚无销售数据。请导入 ERP 销售数据（文件 → 导入销售数据…）并设置目标（销售目标…），以查看哪些方面落后于计划。</translation>
    </message>
    <message>
        <source>%1 of %2 accounts with a target are more than %3 % behind plan.</source>
        <translation>在 %2 个有目标的客户中，有 %1 个落后于计划超过 %3 %。</translation>
    </message>
    <message>
        <source>No targets in this period: set them in Sales targets… to compare.</source>
        <translation>此期间没有目标：请在“销售目标…”中设置后再进行对比。</translation>
    </message>
    <message>
        <source>Accounts reporting in other currencies (%1) are in their own currency&apos;s view.</source>
        <translation>使用其他币种（%1）的客户显示在其各自币种的视图中。</translation>
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
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>工作时间：</translation>
    </message>
    <message>
        <source>Visits per day, at most:</source>
        <translation>每天最多拜访次数：</translation>
    </message>
    <message>
        <source>Average travel speed:</source>
        <translation>平均行驶速度：</translation>
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
        <source>Accept plan</source>
        <translation>接受计划</translation>
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
        <source>%1 new visits over %2 days, about %3 km; %4 accounts not planned.</source>
        <translation>在 %2 天内新增 %1 次拜访，约 %3 公里；%4 个客户未安排。</translation>
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
        <source>Min. margin % over cost</source>
        <translation>最低毛利率（%，基于成本）</translation>
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
        <source>Print &amp;price list…</source>
        <translation>打印价格表(&amp;P)…</translation>
    </message>
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
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
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
        <source>Your unsaved changes are back; Save to keep them.</source>
        <translation>您未保存的更改已恢复；请点击“保存”以保留。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
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
        <source>Top level</source>
        <translation>顶级</translation>
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
        <source>From template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>No quotes for this account yet — New quote (Ctrl+N).</source>
        <translation>该客户尚无报价单——新建报价单 (Ctrl+N)。</translation>
    </message>
    <message>
        <source>Lines outside the price policy need a recorded approval first.</source>
        <translation>不符合价格政策的行须先记录审批。</translation>
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
        <source>Re&amp;price from the register</source>
        <translation>按登记簿重新定价(&amp;P)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;order confirmation…</source>
        <translation>保存订单确认书(&amp;O)…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Discard &amp;draft</source>
        <translation>放弃草稿(&amp;D)</translation>
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
        <source>From template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Choose an account first: a quote is for one account.</source>
        <translation>请先选择一个客户：报价单只针对一个客户。</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
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
        <source>Only you see cost and margin; they are never printed.</source>
        <translation>成本和毛利仅您可见，永不打印。</translation>
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
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Choose a product from the list first.</source>
        <translation>请先从列表中选择一个产品。</translation>
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
        <source>tax %1 %</source>
        <translation>税 %1 %</translation>
    </message>
    <message>
        <source>Cost %1 · margin %2 (%3)</source>
        <translation>成本 %1 · 毛利 %2（%3）</translation>
    </message>
    <message>
        <source>— no contact —</source>
        <translation>— 无联系人 —</translation>
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
        <source>Last year&apos;s volume for the period, if the contract says</source>
        <translation>去年同期进货额（如合同有约定）</translation>
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
        <source>Last year&apos;s volume</source>
        <translation>去年同期进货额</translation>
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
        <source>Tiers on the growth over last year; the rate reached applies to all of it.</source>
        <translation>阶梯按同比增长额设定；达到的返利率适用于全部增长额。</translation>
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
        <source>at %1 %</source>
        <translation>按 %1 %</translation>
    </message>
    <message>
        <source>below the first tier</source>
        <translation>未达到第一档</translation>
    </message>
    <message>
        <source>%1 % tier reached</source>
        <translation>已达到 %1 % 档</translation>
    </message>
    <message>
        <source>effective %1 %</source>
        <translation>实际 %1 %</translation>
    </message>
    <message>
        <source>next tier (%1 % from %2) is %3 away</source>
        <translation>距下一档（%2 起 %1 %）还差 %3</translation>
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
        <source>last year</source>
        <translation>去年同期</translation>
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
        <source>Give last year&apos;s volume to see the growth rebate.</source>
        <translation>请输入去年同期进货额以查看增长返利。</translation>
    </message>
    <message>
        <source>Read from the account&apos;s sales once the agreement is saved (its account, period and products).</source>
        <translation>协议保存后，将从该客户的销售数据中读取（按其客户、期间和产品）。</translation>
    </message>
    <message>
        <source>%1 sold in %2 of %3 days → %4 earned; at this pace %5 by period end</source>
        <translation>%3 天中已过 %2 天，进货 %1 → 已获返利 %4；按此进度期末可达 %5</translation>
    </message>
    <message>
        <source> · next tier %1 away</source>
        <translation> · 距下一阶梯还差 %1</translation>
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
        <source>Keep the scan of the signed agreement; its fingerprint is recorded</source>
        <translation>保存已签协议的扫描件，并记录其指纹</translation>
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
        <source>%1 becomes active: from %2 it prices quotes for %3 (%4).</source>
        <translation>%1 生效：自 %2 起为 %3（%4）的报价定价。</translation>
    </message>
    <message>
        <source>%1 becomes active: %2&apos;s purchases from %3 to %4 earn this rebate.</source>
        <translation>%1 生效：%2 在 %3 至 %4 期间的进货可获得此返利。</translation>
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
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Price policies and rebates</source>
        <translation>价格政策和返利</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>附加已签协议</translation>
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
        <source>Enter “%1” in the register as a draft? Nothing in the register is deleted: this cannot be undone, but a draft prices nothing until it is approved.</source>
        <translation>将“%1”作为草稿录入登记簿？登记簿中的内容不会被删除：此操作无法撤销，但草稿在获批前不会用于任何定价。</translation>
    </message>
    <message>
        <source>Enter this agreement in the register as a draft? Nothing in the register is deleted: this cannot be undone.</source>
        <translation>将此协议作为草稿录入登记簿？登记簿中的内容不会被删除：此操作无法撤销。</translation>
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
        <translation>休息</translation>
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
        <source>No sales recorded for this account.</source>
        <translation>该客户没有销售记录。</translation>
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
        <source>%n account(s) here</source>
        <translation>此处 %n 个客户</translation>
    </message>
    <message>
        <source>%n selected</source>
        <translation>已选 %n 个</translation>
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
        <source>%n account(s) without latitude and longitude.</source>
        <translation>%n 个客户没有经纬度。</translation>
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
        <source>Give the threshold and the rate.</source>
        <translation>请输入门槛和返利率。</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>A rate lies between 0 and 100 %.</source>
        <translation>返利率应在 0 到 100 % 之间。</translation>
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
        <source>No visits — drag on the calendar to plan one.</source>
        <translation>没有拜访——在日历上拖动即可安排拜访。</translation>
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
        <source>Open the account</source>
        <translation>打开该客户</translation>
    </message>
    <message>
        <source>No visits on this day to draw.</source>
        <translation>当天没有可绘制的拜访。</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>接受计划</translation>
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
        <source>Type a whole number from 0 to 10.</source>
        <translation>请输入 0 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>Problem raised at the visit</source>
        <translation>拜访中提出的问题</translation>
    </message>
</context>
<context>
    <name>account_tree</name>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 · %2 d overdue</source>
        <translation>%1 · 逾期 %2 天</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1（迟 %2）</translation>
    </message>
    <message>
        <source>Visit overdue since %1</source>
        <translation>自 %1 起拜访逾期</translation>
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
        <source>Sell-in for {month} {gap} % below target</source>
        <translation>{month} 进货低于目标 {gap} %</translation>
    </message>
    <message>
        <source>Outbound for {month} {gap} % below target</source>
        <translation>{month} 出库低于目标 {gap} %</translation>
    </message>
    <message>
        <source>Sell-out for {month} {gap} % below target</source>
        <translation>{month} 终端销售低于目标 {gap} %</translation>
    </message>
    <message>
        <source>Stock for {month} {gap} % below target</source>
        <translation>{month} 库存低于目标 {gap} %</translation>
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
        <source>Late · %1 days</source>
        <translation>逾期 · %1 天</translation>
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
        <source>Min margin %</source>
        <translation>最低毛利率（%）</translation>
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
        <source>Bought?</source>
        <translation>是否购买？</translation>
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
        <source>Nothing was counted for this period.</source>
        <translation>此期间没有统计数据。</translation>
    </message>
    <message>
        <source>Sell-in vs target</source>
        <translation>进货对比目标</translation>
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
        <source>sell-in %1</source>
        <translation>进货 %1</translation>
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
        <source>%1 of %2 bought again</source>
        <translation>%2 个客户中 %1 个再次进货</translation>
    </message>
    <message>
        <source>%1 accounts without a manager</source>
        <translation>%1 个客户没有客户经理</translation>
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
        <source>Sell-in and monthly sell-in targets of the 12 months ending %2, per currency.</source>
        <translation>截至 %2 的 12 个月的进货额和月度进货目标，按币种列示。</translation>
    </message>
    <message>
        <source>Accounts with a sell-in target, against the sell-in of the account and everything below it, %1 – %2 (without targets: by sell-in). Best first.</source>
        <translation>有进货目标的客户，与该客户及其全部下级的进货额对比，%1 – %2（无目标的按进货额排序）。最佳在前。</translation>
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
        <source>Below margin line</source>
        <translation>低于毛利线</translation>
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
        <source>Every account needs a code.</source>
        <translation>每个客户都需要编码。</translation>
    </message>
    <message>
        <source>A code has at most 40 characters.</source>
        <translation>编码最多 40 个字符。</translation>
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
        <source>A %1 cannot sit under %2.</source>
        <translation>%1 不能位于 %2 之下。</translation>
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
        <source>This issue no longer exists.</source>
        <translation>此问题已不存在。</translation>
    </message>
    <message>
        <source>That visit does not belong to this account.</source>
        <translation>该拜访不属于此客户。</translation>
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
        <source>The tax rate must be a number.</source>
        <translation>税率必须是数字。</translation>
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
        <source>This visit no longer exists.</source>
        <translation>此拜访已不存在。</translation>
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
        <source>… and %1 more</source>
        <translation>……另有 %1 个</translation>
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
        <translation>作为 %1，它将无法再容纳其下的 %2</translation>
    </message>
    <message>
        <source>a %1 needs a parent account: a %2</source>
        <translation>%1 需要一个上级客户：%2</translation>
    </message>
    <message>
        <source>a %1 sits at the top and cannot be under %2</source>
        <translation>%1 位于最顶层，不能位于 %2 之下</translation>
    </message>
    <message>
        <source>a %1 cannot sit under %2, a %3; its parent must be a %4</source>
        <translation>%1 不能位于 %2（%3）之下；其上级必须是 %4</translation>
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
        <source>%1 is required and cannot be left out</source>
        <translation>%1 是必需的，不能省略</translation>
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
        <source>&quot;%1&quot; is not %2; use one of: %3</source>
        <translation>“%1”不是%2；请使用以下之一：%3</translation>
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
        <source>there is no account %1 in the database</source>
        <translation>数据库中没有客户 %1</translation>
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
        <source>%1 must be more than 0</source>
        <translation>%1 必须大于 0</translation>
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
        <source>%1 %2 % below plan at %3</source>
        <translation>%3 的%1低于计划 %2 %</translation>
    </message>
    <message>
        <source>%1 %2 % above plan at %3</source>
        <translation>%3 的%1高于计划 %2 %</translation>
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
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>(no territory)</source>
        <translation>（无区域）</translation>
    </message>
</context>
<context>
    <name>price_check</name>
    <message>
        <source>list %1</source>
        <translation>目录价 %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>成本 %1</translation>
    </message>
    <message>
        <source>discount %1 %</source>
        <translation>折扣 %1 %</translation>
    </message>
    <message>
        <source>margin %1 %</source>
        <translation>毛利率 %1 %</translation>
    </message>
    <message>
        <source>Policies considered:</source>
        <translation>参考的政策：</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>buys</source>
        <translation>在购买</translation>
    </message>
    <message>
        <source>does not buy</source>
        <translation>未购买</translation>
    </message>
    <message>
        <source>No contacts recorded yet.</source>
        <translation>尚未登记联系人。</translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>尚无拜访记录。</translation>
    </message>
    <message>
        <source>No price policy applies to this account.</source>
        <translation>没有适用于该客户的价格政策。</translation>
    </message>
    <message>
        <source>No rebate agreement for this account.</source>
        <translation>该客户没有返利协议。</translation>
    </message>
    <message>
        <source>No quotes for this account yet.</source>
        <translation>该客户尚无报价单。</translation>
    </message>
    <message>
        <source>No customer issues recorded.</source>
        <translation>没有客户问题记录。</translation>
    </message>
    <message>
        <source>No products in the catalogue.</source>
        <translation>产品目录中没有产品。</translation>
    </message>
    <message>
        <source>No competitor observations recorded at this account.</source>
        <translation>该客户没有竞品观察记录。</translation>
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
        <source>Margin %</source>
        <translation>毛利率（%）</translation>
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
        <source>Margin over cost after all discounts — never printed</source>
        <translation>扣除所有折扣后的成本毛利率——永不打印</translation>
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
        <source>The unit is pack, L or kg.</source>
        <translation>单位为 pack（件）、L（升）或 kg（公斤）。</translation>
    </message>
    <message>
        <source>⏱ earliest %1</source>
        <translation>⏱ 最早 %1</translation>
    </message>
    <message>
        <source>✓ within policy</source>
        <translation>✓ 符合政策</translation>
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
