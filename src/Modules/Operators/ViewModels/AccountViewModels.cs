using System.ComponentModel.DataAnnotations;

namespace Admin.Modules.Operators.ViewModels;

/// <summary>The login form's three fields (系统登录).</summary>
public sealed class LoginInput
{
    [Display(Name = "Outlet code")]
    public string? OutletCode { get; set; }

    [Display(Name = "Login name")]
    public string? LoginName { get; set; }

    [Display(Name = "Password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Set after the account was locked: the form is shown closed.</summary>
    public bool Locked { get; set; }
}

/// <summary>The login window's "change password" (outlet code, login name, old password, new password twice).</summary>
public sealed class ChangePasswordAtLoginInput
{
    [Display(Name = "Outlet code")]
    public string? OutletCode { get; set; }

    [Display(Name = "Login name")]
    public string? LoginName { get; set; }

    [Display(Name = "Old password")]
    public string? OldPassword { get; set; }

    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Display(Name = "New password again")]
    public string? ConfirmPassword { get; set; }
}

/// <summary>A signed-in operator's password change.</summary>
public sealed class ChangePasswordInput
{
    [Display(Name = "Old password")]
    public string? OldPassword { get; set; }

    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Display(Name = "New password again")]
    public string? ConfirmPassword { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>True when the operator cannot go on before changing it.</summary>
    public bool Required { get; set; }

    /// <summary>The policy in words, shown beside the field.</summary>
    public string? PolicyHint { get; set; }
}
