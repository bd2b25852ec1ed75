using Admin.Kernel.Localization;

namespace Admin.Themes.TheAdmin;

/// <summary>Simplified Chinese for everything the theme itself shows (menu titles come from the modules' texts).</summary>
internal sealed class ThemeTexts : ITextProvider
{
    public string Culture => AdminCultures.Chinese;

    public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
    {
        // Chrome
        ["Admin console"] = "管理控制台",
        ["Card network admin console"] = "发卡网络管理控制台",
        ["Home"] = "首页",
        ["Times are local time ({0})."] = "时间均为本地时间（{0}）。",
        ["Sign out"] = "退出",
        ["Skip to content"] = "跳到主要内容",
        ["Language"] = "语言",
        ["Switch language"] = "切换语言",
        ["Menu"] = "菜单",
        ["Main menu"] = "主菜单",
        ["Close"] = "关闭",
        ["Keyboard shortcuts"] = "快捷键",
        ["Find a customer (the customer box, or the customer-code field)"] = "查找客户（客户查询框或客户编号栏）",
        ["Complete the counter task (collect, receive, issue, top up, pre-allocate, load, refund…), or authorise it in the review dialog"] = "完成柜面业务（收费、收票、发卡、充值、预分配、圈存、退款等），或在复核对话框中授权",
        ["Next customer, or another customer"] = "下一位客户，或更换客户",
        ["Submit the form; open the focused row; in a customer-code or card-number field, serve that customer or card"] = "提交表单；打开当前行；在客户编号或卡号栏中：办理该客户或该卡的业务",
        ["Close the dialog (cancels the review)"] = "关闭对话框（取消复核）",
        ["Show this list"] = "显示本列表",
        ["Breadcrumb"] = "当前位置",
        ["Operator"] = "操作员",
        ["Outlet"] = "网点",

        // Pager and forms
        ["Pages"] = "分页",
        ["First page"] = "第一页",
        ["Next page"] = "下一页",
        ["Please correct the following:"] = "请更正以下内容：",

        // Status pages
        ["Something went wrong"] = "出错了",
        ["Page not found"] = "页面不存在",
        ["Access denied"] = "无权访问",
        ["The request could not be handled"] = "无法处理该请求",
        ["A yes/no field of what you sent holds something other than yes or no. Open the page again and send the form from it."] = "提交的内容中有一个是/否字段的取值既不是“是”也不是“否”。请重新打开页面，从页面提交表单。",
        ["What you sent contains a NUL character (U+0000), which no field accepts. Go back, remove it and send again."] = "提交的内容含有空字符（U+0000），任何字段都不接受。请返回，删除后重新提交。",
        ["The form has expired"] = "表单已失效",
        ["The form was open too long, or it was not sent from this console. Open the page again and resend it."] = "表单打开时间过长，或并非从本控制台提交。请重新打开页面后再提交。",
        ["Back to home"] = "返回首页",
        ["Reference"] = "参考编号",
        ["Error {0}"] = "错误代码 {0}",
        ["The page you asked for does not exist, or it has moved."] = "您访问的页面不存在，或已被移动。",
        ["You may not open this page. If your work needs it, ask head office for the permission."] = "您无权打开此页面。如工作需要，请向总部申请相应权限。",
        ["The console could not complete your request. Try again; if it keeps happening, call head office."] = "系统未能完成您的请求。请重试；如果问题持续出现，请致电总部。",
        ["The console could not complete your request. Try again; if it keeps happening, call head office and quote the reference below."] = "系统未能完成您的请求。请重试；如果问题持续出现，请致电总部并提供下方的参考编号。",
        ["Go back and check what you entered, or start again from the home page."] = "请返回检查您输入的内容，或从首页重新开始。",
    };
}
