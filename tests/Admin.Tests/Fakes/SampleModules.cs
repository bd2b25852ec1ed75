using Admin.Kernel.Api;
using Admin.Kernel.Modules;
using Admin.Kernel.Navigation;
using Admin.Kernel.Permissions;
using Admin.Kernel.Recipes;
using Admin.Kernel.Results;
using Microsoft.AspNetCore.Mvc;

namespace Admin.Tests.Fakes.Sample
{
    /// <summary>A small disableable module the host loads in tests (Modules:Assemblies), to exercise runtime switching.</summary>
    public sealed class SampleModule : AdminModule
    {
        public override string Id => "Sample";
        public override string DisplayName => "Sample";
        public override string Description => "A module that exists only in the tests.";
        public override IReadOnlyList<string> DependsOn => ["Outlets"];
    }

    public sealed class SamplePermissions : IPermissionProvider
    {
        public const string Use = "Sample.Use";

        public IEnumerable<Permission> GetPermissions() => [new(Use, "Use the sample module")];

        public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() => [new(DefaultRoles.Administrator, [Use])];
    }

    public sealed class SampleMenu : INavigationProvider
    {
        public IEnumerable<MenuItem> GetMenuItems() => [new("System", "Sample screen", "/sample", SamplePermissions.Use)];
    }

    /// <summary><c>{"name": "SampleStep", "fail": false}</c>: changes nothing, or fails when asked to.</summary>
    public sealed class SampleRecipeStep : RecipeStep<SampleRecipeStep.Model>
    {
        public sealed record Model(bool Fail);

        public override string Name => "SampleStep";

        protected override Task<OperationResult> ExecuteAsync(Model model, RecipeContext context, CancellationToken ct) =>
            Task.FromResult(model.Fail ? OperationResult.Invalid(new OperationError("sample.failed", "Asked to fail.")) : OperationResult.Success());
    }

    /// <summary>A home chart from real data: the outlets the operator sees, counted by type.</summary>
    public sealed class SampleChart(Admin.Kernel.Data.AdminDbContext db) : Admin.Kernel.Screens.IHomeChartProvider
    {
        public string Permission => SamplePermissions.Use;

        public async Task<Admin.Kernel.Screens.HomeChart?> BuildAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
        {
            var outlets = db.Set<Admin.Modules.Outlets.Models.Outlet>().AsQueryable();
            var counts = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                outlets.GroupBy(o => o.Type).Select(g => new { Type = g.Key, Count = g.Count() }), ct);
            var rows = counts.OrderBy(c => c.Type).ToList();
            return new("Sample outlets by type", rows.Select(r => r.Type.ToString()).ToList(), [new("Outlets", rows.Select(r => (decimal)r.Count).ToList())])
            {
                Link = "/sample",
            };
        }
    }

    public sealed class SampleTexts : Admin.Kernel.Localization.ITextProvider
    {
        public string Culture => Admin.Kernel.Localization.AdminCultures.Chinese;

        public IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>
        {
            ["Sample"] = "示例模块",
            ["A module that exists only in the tests."] = "仅在测试中存在的模块。",
            ["Use the sample module"] = "使用示例模块",
            ["Sample screen"] = "示例页面",
            ["Sample outlets by type"] = "示例：各类型网点数",
            ["Sample reports"] = "示例报表",
            ["Depends on the sample module; exists only in the tests."] = "依赖示例模块；仅在测试中存在。",
        };
    }

    [Route("api/sample")]
    [RequirePermission(SamplePermissions.Use)]
    public sealed class SampleApiController : AdminApiController
    {
        /// <summary>Answers pong. Permission: Sample.Use.</summary>
        [HttpGet("ping")]
        public IActionResult Ping() => Ok(new { pong = true });
    }

    [Route("sample")]
    [RequirePermission(SamplePermissions.Use)]
    public sealed class SampleScreenController : Controller
    {
        [HttpGet("")]
        public IActionResult Index() => Content("sample screen");
    }
}

namespace Admin.Tests.Fakes.SampleReports
{
    /// <summary>Depends on <see cref="Sample.SampleModule"/>: enabling it enables Sample; while it is on, Sample cannot be disabled.</summary>
    public sealed class SampleReportsModule : AdminModule
    {
        public override string Id => "SampleReports";
        public override string DisplayName => "Sample reports";
        public override string Description => "Depends on the sample module; exists only in the tests.";
        public override IReadOnlyList<string> DependsOn => ["Sample"];
    }
}
