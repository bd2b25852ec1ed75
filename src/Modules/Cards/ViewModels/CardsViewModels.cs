using System.Globalization;
using Admin.Kernel.Reviews;
using Admin.Modules.Cards.Models;
using Admin.Modules.Cards.Services;

namespace Admin.Modules.Cards.ViewModels;

/// <summary>English labels of the module's enums (translated in the views).</summary>
public static class CardLabels
{
    public static string Kind(CardKind kind) => kind switch
    {
        CardKind.SingleUser => "SingleUser",
        CardKind.Primary => "Primary",
        CardKind.Secondary => "Secondary",
        CardKind.Anonymous => "Anonymous",
        _ => "Internal",
    };

    public static string CheckDigit(CheckDigitRule rule) => rule == CheckDigitRule.Luhn ? "Luhn" : "No check digit";

    public static string Place(StockPlace? place) => place?.ToString() ?? "—";

    public static string Request(RequestStatus status) => status == RequestStatus.Open ? "Open request" : status.ToString();
}

/// <summary>The product list.</summary>
public sealed class ProductListViewModel
{
    public string? Kind { get; set; }
    public string? After { get; set; }
    public IReadOnlyList<CardProduct> Products { get; set; } = [];
    public string? Next { get; set; }
    public bool CanManage { get; set; }
}

/// <summary>The product form; amounts and counts are typed as text and checked by the service's rules.</summary>
public sealed class ProductFormViewModel
{
    public Guid? Id { get; set; }
    public string? Code { get; set; }
    public string? NameEn { get; set; }
    public string? NameZh { get; set; }
    public string? Kind { get; set; }
    public string? NumberLength { get; set; }
    public string? Prefix { get; set; }
    public string? CheckDigit { get; set; }
    public string? BalanceCap { get; set; }
    public string? ValidityMonths { get; set; }
    public string? RealNameThreshold { get; set; }
    public string? CompanyCashLimit { get; set; }
    public string? IndividualCashLimit { get; set; }
    public string? FaceValues { get; set; }
    public bool Active { get; set; } = true;
    public string? Version { get; set; }

    public bool IsEdit => Id is not null;

    public static ProductFormViewModel From(CardProduct p) => new()
    {
        Id = p.Id, Code = p.Code, NameEn = p.NameEn, NameZh = p.NameZh, Kind = p.Kind.ToString(), NumberLength = p.NumberLength.ToString(CultureInfo.InvariantCulture),
        Prefix = p.Prefix, CheckDigit = p.CheckDigit.ToString(), BalanceCap = Amount(p.BalanceCap), ValidityMonths = p.ValidityMonths?.ToString(CultureInfo.InvariantCulture),
        RealNameThreshold = p.RealNameThreshold is { } r ? Amount(r) : null, CompanyCashLimit = Amount(p.CompanyCashLimit),
        IndividualCashLimit = Amount(p.IndividualCashLimit), FaceValues = string.Join(", ", p.FaceValueList.Select(Amount)), Active = p.Active,
        Version = p.Version.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The typed text as input; fields that are not numbers are listed in <paramref name="unreadable"/>.</summary>
    public ProductInput ToInput(List<string> unreadable)
    {
        var faces = new List<decimal>();
        foreach (var part in (FaceValues ?? "").Split([',', '，', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (decimal.TryParse(part, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                faces.Add(value);
            }
            else
            {
                unreadable.Add("faceValues");
            }
        }

        return new ProductInput(Code, NameEn, NameZh, Kind, Int(NumberLength, "numberLength", unreadable), Prefix, CheckDigit,
            Dec(BalanceCap, "balanceCap", unreadable), Int(ValidityMonths, "validityMonths", unreadable), Dec(RealNameThreshold, "realNameThreshold", unreadable),
            Dec(CompanyCashLimit, "companyCashLimit", unreadable), Dec(IndividualCashLimit, "individualCashLimit", unreadable), faces, Active);
    }

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static int? Int(string? text, string field, List<string> unreadable)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        unreadable.Add(field);
        return null;
    }

    private static decimal? Dec(string? text, string field, List<string> unreadable)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        unreadable.Add(field);
        return null;
    }
}

/// <summary>The stock overview of one outlet.</summary>
public sealed class StockOverviewViewModel
{
    public string? Outlet { get; set; }
    public IReadOnlyList<StockCount> Counts { get; set; } = [];
}

/// <summary>The movement log with its filters (all in the URL).</summary>
public sealed class MovementListViewModel
{
    public string? Outlet { get; set; }
    public string? Product { get; set; }
    public string? Kind { get; set; }
    public string? Number { get; set; }
    public string? After { get; set; }
    public IReadOnlyList<MovementView> Movements { get; set; } = [];
    public string? Next { get; set; }
    public IReadOnlyList<CardProduct> Products { get; set; } = [];

    public Dictionary<string, string?> Query() => new() { ["outlet"] = Outlet, ["product"] = Product, ["kind"] = Kind, ["number"] = Number };
}

/// <summary>
/// One stock task form (request, ship, receive, take, return, exchange, scrap). Numbers are typed one per line,
/// a range as <c>first-last</c>.
/// </summary>
public sealed class StockTaskViewModel
{
    public string Task { get; set; } = "";
    public string? Product { get; set; }
    public string? Numbers { get; set; }
    public string? Quantity { get; set; }
    public Guid? Request { get; set; }
    public string? To { get; set; }
    public string? Defective { get; set; }
    public string? Replacement { get; set; }
    public string? Note { get; set; }
    public ReviewInput Review { get; set; } = new();
    public ReviewDialogModel? ReviewDialog { get; set; }
    public IReadOnlyList<CardProduct> Products { get; set; } = [];
    public IReadOnlyList<StockRequest> OpenRequests { get; set; } = [];

    /// <summary>The typed lines as spans: "N" or "N-M" (also "N~M").</summary>
    public List<NumberSpan> Spans() =>
        (Numbers ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(['-', '~'], 2, StringSplitOptions.TrimEntries) is [var a, var b] ? new NumberSpan(a, b) : new NumberSpan(line))
            .ToList();
}
