using Admin.Kernel.Localization;

namespace Admin.Modules.Reviews;

/// <summary>Simplified Chinese for the Reviews module: module, permissions, menu, settings, messages and screens.</summary>
internal sealed class ReviewsTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        ["Flag: authorisations per pair and day"] = "标记：同一经办人与复核人每日授权次数",
        ["Flag: fast review (seconds)"] = "标记：快速复核（秒）",
        ["Flag: refused attempts in a burst"] = "标记：短时内被拒次数",
        ["Flag: refusal window (minutes)"] = "标记：被拒统计时段（分钟）",
        ["Flag: authorisation rate factor"] = "标记：授权率倍数",
        ["Flag: fewest authorisations counted"] = "标记：最少统计授权数",
        ["Opening hours"] = "营业时间",
        ["Opening hours of particular outlets"] = "个别网点营业时间",
        // Module, menu, permissions
        ["Reviews"] = "复核授权",
        ["Same-level review authorisation: review points, the review gate, the tamper-evident authorisation log and the auditor's workspace (同级复核授权)."] = "同级复核授权：复核点、复核关口、防篡改授权日志与审计工作台。",
        ["Review points"] = "复核点",
        ["Authorisation log"] = "授权日志",
        ["Authorise a colleague's counter task as reviewer (同级复核授权)"] = "作为复核人为同事的柜台业务授权（同级复核授权）",
        ["Switch review points on and off and set their parameters"] = "启用或停用复核点并设置其参数",
        ["Read, export and verify the authorisation log"] = "查阅、导出和校验授权日志",

        // The gate
        ["A same-level review is required ({0}): a colleague of your outlet authorises it with their login name and password."] = "需要同级复核授权（{0}）：请本网点的另一位操作员输入其登录名和密码进行授权。",
        ["You cannot review your own task: another operator must authorise it."] = "不能复核自己办理的业务：须由另一位操作员授权。",
        ["The reviewer must be an operator of the same outlet as the maker."] = "复核人必须是与经办人同一网点的操作员。",
        ["This review point needs a head-office reviewer."] = "该复核点须由省中心操作员复核。",
        ["The reviewer does not hold the permission {0}."] = "复核人没有权限 {0}。",
        ["The reviewer's account is locked after too many wrong passwords."] = "复核人因密码错误次数过多已被锁定。",
        ["The reviewer's account is disabled."] = "复核人账户已停用。",
        ["The reviewer's password has expired: they must sign in and set a new one first."] = "复核人密码已过期：须先登录并设置新密码。",
        ["Review authentication failed: wrong login name or password."] = "复核认证失败：登录名或密码错误。",
        ["Enter the reviewer's login name."] = "请输入复核人登录名。",
        ["Enter the reviewer's password."] = "请输入复核人密码。",
        ["The maker's outlet does not exist."] = "经办人所属网点不存在。",

        // Review points
        ["Someone else changed this record after you opened it (current version {0}). Review the current values and apply your change again."] = "您打开此记录后，他人已修改了它（当前版本 {0}）。请核对当前内容后重新修改。",
        ["There is no such review point among the enabled modules."] = "已启用的模块中没有该复核点。",
        ["The review point has no parameter {0}."] = "该复核点没有参数 {0}。",
        ["The review point {0} is always on: it cannot be switched off."] = "复核点 {0} 始终启用，不能关闭。",
        ["Always on"] = "始终启用",
        ["The parameter {0} holds at most {1} characters."] = "参数 {0} 最多 {1} 个字符。",

        // The log
        ["There is no such authorisation record."] = "没有该授权记录。",
        ["An outlet code is exactly 8 digits."] = "网点号必须是 8 位数字。",
        ["The result is Granted or Refused."] = "结果为 Granted（已授权）或 Refused（已拒绝）。",
        ["The start date must not be after the end date."] = "开始日期不能晚于结束日期。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["Sequence number {0} appears twice."] = "序号 {0} 出现了两次。",
        // Chain verification
        ["Records {0} to {1} are missing."] = "第 {0} 至 {1} 条记录缺失。",
        ["The previous hash does not match the record before."] = "前一哈希值与上一条记录不符。",
        ["The record's content does not match its hash: it was changed."] = "记录内容与其哈希值不符：记录已被修改。",
        ["The outlet has records but no chain head."] = "该网点有记录但没有链头。",
        ["The chain head says {0} records, only {1} are left: the tail was removed."] = "链头记载 {0} 条记录，现仅余 {1} 条：末尾记录已被删除。",
        ["There are records after the chain head ({0}): they were inserted."] = "链头（{0}）之后还有记录：这些记录是被插入的。",
        ["The last record's hash differs from the chain head."] = "最后一条记录的哈希值与链头不符。",

        ["Record {0}, whose hash you kept, is gone: the chain was truncated or rewritten."] = "您保存过哈希值的第 {0} 条记录已不存在：哈希链被截断或改写。",
        ["Record {0} no longer has the hash you kept: the chain was rewritten."] = "第 {0} 条记录的哈希值与您保存的不同：哈希链被改写。",
        ["Kept heads are written outletCode:sequence:hash (64 hex digits), separated by commas; at most 200."] = "保存的链头格式为 网点号:序号:哈希（64 位十六进制），以逗号分隔；最多 200 个。",
        ["Heads you kept (optional)"] = "您保存的链头（可选）",

        // Settings
        ["Flag a maker–reviewer pair with at least this many authorisations in one day"] = "同一经办人与复核人一天内授权达到此次数时标记",
        ["Flag a review completed within this many seconds of the request"] = "请求复核后此秒数内即完成复核时标记",
        ["Flag this many refused attempts at one outlet within the window"] = "同一网点在时间窗口内被拒绝达到此次数时标记",
        ["Window of the refused-attempts flag, in minutes"] = "拒绝次数标记的时间窗口（分钟）",
        ["Flag an outlet whose authorisations exceed the network's average per outlet by this factor"] = "网点授权次数超过全网网点平均值此倍数时标记",
        ["Fewest authorisations before an outlet's rate is flagged"] = "网点授权次数至少达到此数才做比率标记",
        ["Outlets' opening hours, local time (HH:mm-HH:mm)"] = "网点营业时间，当地时间（HH:mm-HH:mm）",
        ["Opening hours of particular outlets (code=HH:mm-HH:mm, separated by ;)"] = "个别网点的营业时间（网点号=HH:mm-HH:mm，以 ; 分隔）",
        ["Choose a span of at most {0} days."] = "请选择不超过 {0} 天的时间范围。",

        // Flags and charts
        ["Same pair many times"] = "同一对人员多次授权",
        ["Reviewed within seconds"] = "数秒内完成复核",
        ["Burst of refusals"] = "集中被拒",
        ["Outside opening hours"] = "营业时间外",
        ["Far above the network's rate"] = "远高于全网水平",
        ["{0} reviewed {1}'s tasks {2} times in one day"] = "{0} 一天内复核了 {1} 的业务 {2} 次",
        ["Reviewed {0:0.0} s after the request (shared credentials?)"] = "请求后 {0:0.0} 秒即完成复核（是否共用密码？）",
        ["{0} refused attempts within {1} minutes"] = "{1} 分钟内被拒绝 {0} 次",
        ["Authorised at {0:HH:mm}, outside the opening hours {1}"] = "于 {0:HH:mm} 授权，不在营业时间 {1} 内",
        ["{0} authorisations, against {1:0.0} on average at the other outlets"] = "授权 {0} 次，其他网点平均 {1:0.0} 次",
        ["Overrides and refusals today, per outlet"] = "今日各网点授权与拒绝",
        ["Overrides and refusals per day"] = "每日授权与拒绝",
        ["Overrides and refusals per outlet"] = "各网点授权与拒绝",
        ["Overrides"] = "授权",
        ["Refusals"] = "拒绝",
        ["No reviews today."] = "今日暂无复核。",
        ["No reviews in this period."] = "此期间没有复核。",

        // Screens
        ["Review point {0} saved."] = "复核点 {0} 已保存。",
        ["Each module declares where a counter task needs a same-level review. A point that is switched off lets its tasks through without review."] = "各模块声明柜台业务在何处需要同级复核。停用的复核点，其业务无需复核即可办理。",
        ["No enabled module declares a review point yet."] = "已启用的模块尚未声明复核点。",
        ["Review point"] = "复核点",
        ["Reviewer needs"] = "复核人须具备",
        ["On"] = "启用",
        ["Parameters"] = "参数",
        ["A head-office operator"] = "省中心操作员",
        ["A colleague of the same outlet"] = "同一网点的另一位操作员",
        ["Verify the chains"] = "校验哈希链",
        ["Every chain is intact ({0} outlets)."] = "所有哈希链完好（{0} 个网点）。",
        ["A chain is broken: the log was changed outside the console."] = "哈希链已断裂：日志在系统之外被改动过。",
        ["Verified at {0}. Keep the head hashes: if a later verification shows a chain shorter than a head you kept, its tail was removed."] = "校验时间 {0}。请保存链头哈希值：若以后校验时某条链比您保存的链头短，说明其末尾记录被删除了。",
        ["Records"] = "记录数",
        ["Head hash"] = "链头哈希",
        ["Verdict"] = "结论",
        ["Broken at record {0}"] = "在第 {0} 条记录处断裂",
        ["Open"] = "打开",
        ["Intact"] = "完好",
        ["Maker"] = "经办人",
        ["Reviewer"] = "复核员",
        ["Result"] = "结果",
        ["Granted"] = "已授权",
        ["Refused"] = "已拒绝",
        ["No review attempts match these filters. Widen the date range or clear the filters."] = "没有符合条件的复核记录。请扩大日期范围或清除筛选条件。",
        ["No."] = "序号",
        ["Task"] = "业务",
        ["Flags from {0} to {1}"] = "{0} 至 {1} 的提示",
        ["Nothing stands out in this period."] = "此期间没有异常。",
        ["Day"] = "日期",
        ["Flag"] = "提示",
        ["Why"] = "原因",
        ["Authorisation record"] = "授权记录",
        ["Content matches its hash"] = "内容与哈希值相符",
        ["Content does not match its hash: the record was changed"] = "内容与哈希值不符：记录已被修改",
        ["Review requested"] = "请求复核时间",
        ["Previous hash"] = "前一哈希",
        ["Hash"] = "哈希",
        ["What was authorised"] = "授权内容",
        ["The content the hash covers (SHA-256)"] = "哈希（SHA-256）所覆盖的内容",
    };
}
