using Admin.Kernel.Permissions;
using Admin.Kernel.Recipes;
using Admin.Kernel.Results;
using Admin.Modules.Operators.Models;
using Admin.Modules.Operators.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Admin.Modules.Operators.Recipes;

/// <summary>
/// <c>{"name": "Roles", "roles": [{"name": "Auditor", "description": "...", "defaultGrants": true, "permissions": ["Kernel.ViewAuditTrail"]}]}</c>;
/// <c>nameZh</c> and <c>descriptionZh</c> give the name and description in Chinese.
/// <c>defaultGrants</c> adds what the modules grant that role by default. Upserts by name.
/// </summary>
internal sealed class RolesRecipeStep(RoleMaintenance roles, PermissionCatalog permissions) : RecipeStep<RolesRecipeStep.Model>
{
    public sealed record Model(List<Item>? Roles);

    public sealed record Item(string? Name, string? Description, bool DefaultGrants, List<string>? Permissions)
    {
        /// <summary>The name and description in Chinese (optional; the Chinese interface shows them).</summary>
        public string? NameZh { get; init; }
        public string? DescriptionZh { get; init; }
    }

    public override string Name => "Roles";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        var defaults = permissions.DefaultGrants();
        foreach (var item in model.Roles ?? [])
        {
            if (string.IsNullOrWhiteSpace(item.Name))
            {
                return OperationResult.Invalid(OperatorsErrors.RoleNameLength());
            }

            var granted = (item.Permissions ?? []).ToList();
            var unknown = granted.Where(p => permissions.Find(p) is null).ToList();
            if (unknown.Count > 0)
            {
                return OperationResult.Invalid(OperatorsErrors.RecipePermissionsUnknown(string.Join(", ", unknown)));
            }

            if (item.DefaultGrants && defaults.TryGetValue(item.Name.Trim(), out var d))
            {
                granted.AddRange(d);
            }

            var result = await roles.UpsertRoleAsync(item.Name, item.Description, granted, isSystem: DefaultRoles.All.Contains(item.Name.Trim()), ct, item.NameZh, item.DescriptionZh);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return OperationResult.Success();
    }
}

/// <summary>
/// <c>{"name": "Administrator", "outlet": "44000000", "loginName": "admin", "displayName": "...", "displayNameZh": "..."}</c>: the first
/// administrator. The password comes from <c>Setup:AdminPassword</c>; without it one is generated, printed once, and must
/// be changed at first sign-in. Does nothing when the operator exists.
/// </summary>
internal sealed class AdministratorRecipeStep(OperatorMaintenance maintenance, Kernel.Data.AdminDbContext db, IConfiguration configuration) : RecipeStep<AdministratorRecipeStep.Model>
{
    public sealed record Model(string? Outlet, string? LoginName, string? DisplayName)
    {
        /// <summary>The display name in Chinese (optional; the Chinese interface shows it).</summary>
        public string? DisplayNameZh { get; init; }
    }

    public override string Name => "Administrator";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        var userName = Operator.UserNameFor(model.Outlet ?? "", model.LoginName ?? "").ToUpperInvariant();
        if (await db.Set<Operator>().AnyAsync(o => o.NormalizedUserName == userName, ct))
        {
            return OperationResult.Success();
        }

        var configured = configuration["Setup:AdminPassword"];
        var result = await maintenance.CreateAsync(
            new NewOperator(model.Outlet, model.LoginName, model.DisplayName ?? "Administrator", null, null, [DefaultRoles.Administrator]),
            string.IsNullOrEmpty(configured) ? null : configured,
            mustChangePassword: string.IsNullOrEmpty(configured), ct);
        if (!result.Succeeded)
        {
            return result;
        }

        if (!string.IsNullOrWhiteSpace(model.DisplayNameZh))
        {
            result.Value!.Operator.DisplayNameZh = model.DisplayNameZh.Trim();
            await db.SaveChangesAsync(ct);
        }

        if (result.Value!.PasswordGenerated)
        {
            context.Output.Add($"First administrator: outlet {model.Outlet}, login name {model.LoginName}, one-time password {result.Value.Password} (must be changed at first sign-in; shown only now).");
        }

        return OperationResult.Success();
    }
}

/// <summary>
/// <c>{"name": "Operators", "operators": [{"outlet": "44010001", "loginName": "zhangwei", "displayName": "张伟", "roles": ["Outlet operator"]}]}</c>:
/// demo operators whose password is <c>Setup:DemoPassword</c> and must be changed at first sign-in. Existing ones are left alone.
/// </summary>
internal sealed class OperatorsRecipeStep(OperatorMaintenance maintenance, Kernel.Data.AdminDbContext db, IConfiguration configuration, OwnPasswords passwords) : RecipeStep<OperatorsRecipeStep.Model>
{
    public sealed record Model(List<Item>? Operators);

    public sealed record Item(string? Outlet, string? LoginName, string? DisplayName, string? EmployeeNumber, string? Phone, List<string>? Roles);

    public override string Name => "Operators";

    protected override async Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct)
    {
        var password = configuration["Setup:DemoPassword"];
        if (string.IsNullOrEmpty(password))
        {
            return OperationResult.Invalid(OperatorsErrors.DemoPasswordMissing());
        }

        var policyErrors = (await passwords.PolicyAsync(ct)).Check(password, "", "Setup:DemoPassword");
        if (policyErrors.Count > 0)
        {
            return OperationResult.Invalid([.. policyErrors]);
        }

        var index = 0;
        foreach (var item in model.Operators ?? [])
        {
            var userName = Operator.UserNameFor(item.Outlet ?? "", item.LoginName ?? "").ToUpperInvariant();
            if (!await db.Set<Operator>().AnyAsync(o => o.NormalizedUserName == userName, ct))
            {
                var result = await maintenance.CreateAsync(new NewOperator(item.Outlet, item.LoginName, item.DisplayName, item.EmployeeNumber, item.Phone, item.Roles), password, mustChangePassword: true, ct);
                if (!result.Succeeded)
                {
                    return OperationResult.Invalid(result.Errors.Select(e => e with { Field = $"operators[{index}].{e.Field}" }).ToArray());
                }
            }

            index++;
        }

        return OperationResult.Success();
    }
}
