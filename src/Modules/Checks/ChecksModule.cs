using Admin.Kernel.Jobs;
using Admin.Kernel.Modules;
using Admin.Modules.Checks.Contracts;
using Admin.Modules.Checks.Services;
using Admin.Modules.Checks.Services.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Checks;

/// <summary>
/// The abnormal-entry check (异常流水检查, manual 5.6): rules with thresholds as settings, run over each day an outlet closes
/// and on demand over a date range as tracked jobs, their findings kept with links to the records; and the reminders to
/// close shifts and days (a recurring job). Reads the modules it checks through their contracts only.
/// </summary>
public sealed class ChecksModule : AdminModule
{
    public const string ModuleId = "Checks";

    public override string Id => ModuleId;
    public override string DisplayName => "Abnormal-entry check";
    public override string Description => "Rules over the journal with thresholds as settings, run at each daily close and on demand, with findings drilled down to the records; reminders to close shifts and days.";
    public override IReadOnlyList<string> DependsOn =>
    [
        Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Cards.CardsModule.ModuleId, Ledger.LedgerModule.ModuleId, TopUps.TopUpsModule.ModuleId,
        Closes.ClosesModule.ModuleId,
    ];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICheckRule, CorrectionsRule>();
        services.AddScoped<ICheckRule, AfterCloseRule>();
        services.AddScoped<ICheckRule, TillDifferenceRule>();
        services.AddScoped<ICheckRule, SplitTopUpsRule>();
        services.AddScoped<ICheckRule, UnfundedLoadsRule>();
        services.AddScoped<ICheckRule, DepositWithoutCardRule>();
        services.AddScoped<ICheckRule, LedgerVerificationRule>();
        services.AddScoped<OutletCodes>();
        services.AddScoped<CheckRunner>();
        services.AddScoped<CheckRuns>();
        services.AddScoped<ChecksQuery>();
        services.AddScoped<CloseReminders>();
        services.AddScoped<CheckRunJob>();
        services.AddRecurringJob<DayCloseCheckJob>(DayCloseCheckJob.Key, ChecksSettings.DayCloseSweepSeconds);
        services.AddRecurringJob<CloseRemindersJob>(CloseRemindersJob.Key, ChecksSettings.ReminderIntervalSeconds);
    }
}
