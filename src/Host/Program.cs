using System.Text.Encodings.Web;
using System.Text.Unicode;
using Admin.Host;
using Admin.Host.Startup;
using Admin.Kernel.Data;
using Admin.Kernel.Hosting;
using Admin.Kernel.Jobs;
using Admin.Kernel.Localization;
using Admin.Kernel.Recipes;
using Admin.Kernel.Security;
using Admin.Themes.TheAdmin;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

var startup = new StartupTimings();
var phaseStart = System.Diagnostics.Stopwatch.GetTimestamp();
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();
if (!builder.Environment.IsDevelopment())
{
    builder.Logging.ClearProviders().AddJsonConsole(o => o.UseUtcTimestamp = true);
}

// Data: one context composed from the modules, on SQLite (default) or PostgreSQL.
var (provider, connectionString) = DatabaseProvider.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddDbContext<AdminDbContext>(o => DatabaseProvider.Configure(o, provider, connectionString));

// Background jobs: Quartz.NET, its job store in the same database, clustered (docs/decisions/0011-jobs-quartz.md).
builder.Services.AddAdminJobs(builder.Configuration, provider == DatabaseProvider.Postgres ? JobStoreDatabase.Postgres : JobStoreDatabase.Sqlite,
    DatabaseProvider.JobStoreConnectionString(provider, connectionString));

// Kernel and modules; the theme.
startup.Since("configuration", phaseStart);
startup.Time("module discovery", () => builder.Services.AddAdminKernel(builder.Configuration, HostModules.WithConfigured(builder.Configuration)));
phaseStart = System.Diagnostics.Stopwatch.GetTimestamp();
builder.Services.AddTheAdminTheme();

// Cross-cutting: authorization, antiforgery, localization, Chinese served unescaped, problem details, OpenAPI, health.
builder.Services.AddAuthorization();
builder.Services.AddAntiforgery(o => { o.Cookie.Name = "admin.af"; o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; o.HeaderName = "X-CSRF-TOKEN"; });
builder.Services.AddTrustedProxies(builder.Configuration); // ForwardedHeaders:KnownProxies / KnownNetworks: behind a TLS proxy
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(o =>
{
    o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
    o.AddOperationTransformer<OpenApiPermissions>();
});
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

startup.Since("other services", phaseStart);
var app = startup.Time("host build", builder.Build);

await startup.TimeAsync("migration check", async () => { await DatabaseStartup.MigrateAsync(app.Services); return 0; });
var setupOutput = await startup.TimeAsync("recipe check", () => DatabaseStartup.SetupIfEmptyAsync(app.Services, Path.Combine(AppContext.BaseDirectory, "recipes", "setup.recipe.json")));
var startupLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Admin.Host.Startup");
startup.Log(startupLog);
foreach (var line in setupOutput ?? [])
{
    Console.WriteLine(line);
}

if (args is ["recipe", var recipeFile, ..])
{
    return await RecipeCommand.RunAsync(app.Services, RecipeCommand.Locate(recipeFile, builder.Environment.ContentRootPath));
}

if (args is ["keys", ..])
{
    return await KeysCommand.RunAsync(app.Services, args);
}

startup.UseFirstRequestTiming(app, startupLog);
app.UseTrustedProxies(); // first: everything after sees the client's address and scheme
app.UseAdminErrorResponses();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseSecurityHeaders();
app.UseRequestLocalization(o =>
{
    o.SetDefaultCulture(AdminCultures.English).AddSupportedCultures([.. AdminCultures.All]).AddSupportedUICultures([.. AdminCultures.All]);
    o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
});
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter(); // the sign-in concurrency limit (SignIn:ConcurrencyLimit, SignIn:QueueLimit)
app.UseModuleGate();
app.UseProtocolNulGuard(); // before OpenIddict reads /connect requests in UseAuthentication
app.UseAuthentication();
app.UseModulesAfterAuthentication(); // e.g. Operators: a session of a disabled, locked or renamed operator ends here
app.UsePasswordChangeGate();
app.UseAuthorization();

app.MapControllers();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi().AllowAnonymous();

await app.RunAsync();
return 0;

/// <summary>The entry point's type, for WebApplicationFactory in the tests.</summary>
public partial class Program;
