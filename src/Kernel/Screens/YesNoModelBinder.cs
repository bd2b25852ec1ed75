using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Admin.Kernel.Screens;

/// <summary>
/// Binds yes/no values (<c>bool</c>, <c>bool?</c>) as MVC does, and when the value is not a yes/no (a checkbox sent as
/// <c>true'"(</c> by a hand-made request) keeps the binding error but forgets the raw value: the checkbox tag helper parses the
/// raw value again when a form is redisplayed and would throw (a 500). The field is recorded for <see cref="ScreenInputFilter"/>,
/// which refuses such a screen post before its action runs (it would otherwise go on with "no").
/// </summary>
internal sealed class YesNoModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        !context.Metadata.IsComplexType && context.Metadata.UnderlyingOrModelType == typeof(bool)
            ? new YesNoModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
}

internal sealed class YesNoModelBinder(IModelBinder inner) : IModelBinder
{
    private const string ItemsKey = "Admin.Kernel.UnreadableYesNo";

    /// <summary>The fields of this request whose yes/no value could not be read.</summary>
    public static IReadOnlyList<string> UnreadableFields(HttpContext http) => http.Items[ItemsKey] as List<string> ?? [];

    public async Task BindModelAsync(ModelBindingContext context)
    {
        await inner.BindModelAsync(context);
        if (!context.Result.IsModelSet && context.ModelState.TryGetValue(context.ModelName, out var entry) && entry.Errors.Count > 0)
        {
            entry.RawValue = null;
            if (context.HttpContext.Items[ItemsKey] is not List<string> fields)
            {
                context.HttpContext.Items[ItemsKey] = fields = [];
            }

            fields.Add(context.ModelName);
        }
    }
}
