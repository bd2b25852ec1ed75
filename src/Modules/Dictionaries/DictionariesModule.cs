using Admin.Kernel.Modules;
using Admin.Modules.Dictionaries.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Dictionaries;

/// <summary>Dictionary data (字典数据): head office's code tables with names in both languages, read by other modules.</summary>
public sealed class DictionariesModule : AdminModule
{
    public const string ModuleId = "Dictionaries";

    public override string Id => ModuleId;
    public override string DisplayName => "Dictionaries";
    public override string Description => "Code tables kept by head office with names in English and Chinese: ID document types, cheque bounce reasons, oil products, refund reasons (字典数据).";

    // Other modules validate their codes against it: switching it off would leave their forms without choices.
    public override bool CanBeDisabled => false;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DictionaryService>();
        services.AddScoped<Contracts.IDictionaries, DictionaryReader>();
    }
}
