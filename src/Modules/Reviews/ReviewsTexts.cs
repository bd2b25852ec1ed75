using Admin.Kernel.Localization;

namespace Admin.Modules.Reviews;

/// <summary>Simplified Chinese for the Reviews module: module, permissions, menu, settings, messages and screens.</summary>
internal sealed class ReviewsTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
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
        ["Someone else changed this record after you opened it (current version {0}). Review the current values and apply your change again."] = "在您打开此记录后，其他人已修改了它（当前版本 {0}）。请查看当前值后重新修改。",
        ["There is no such review point among the enabled modules."] = "已启用的模块中没有该复核点。",
        ["The review point has no parameter {0}."] = "该复核点没有参数 {0}。",
        ["The parameter {0} holds at most {1} characters."] = "参数 {0} 最多 {1} 个字符。",

        // The log
        ["There is no such authorisation record."] = "没有该授权记录。",
        ["An outlet code is exactly 8 digits."] = "网点号为 8 位数字。",
        ["The result is Granted or Refused."] = "结果为 Granted（已授权）或 Refused（已拒绝）。",
        ["The start date must not be after the end date."] = "开始日期不能晚于结束日期。",
        ["At most {0} characters."] = "最多 {0} 个字符。",
        ["Sequence number {0} appears twice."] = "序号 {0} 出现了两次。",
    };
}
