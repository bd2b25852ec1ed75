using Admin.Kernel.Data;
using Admin.Kernel.Results;

namespace Admin.Modules.Cards.Models;

/// <summary>What kind of card a product makes.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<CardKind>))]
public enum CardKind
{
    /// <summary>单用户卡: the customer's only card.</summary>
    SingleUser,
    /// <summary>主卡: stands for a multi-user customer.</summary>
    Primary,
    /// <summary>副卡: a driver's or vehicle's card under a primary card.</summary>
    Secondary,
    /// <summary>不记名卡: sold with a face value, no customer.</summary>
    Anonymous,
    /// <summary>内部卡: the network's own cards, their own stock.</summary>
    Internal,
}

/// <summary>How a card number's last digit is checked.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<CheckDigitRule>))]
public enum CheckDigitRule
{
    /// <summary>No check digit: every number of the right length and prefix is valid.</summary>
    None,
    /// <summary>The last digit is the Luhn (mod 10) check digit of the others.</summary>
    Luhn,
}

/// <summary>
/// A card product (head office maintains it): its kind, numbering and the prepaid-card rules that apply to its cards.
/// Amounts are CNY. Numbering (length, prefix, check digit) is fixed once a number range of the product is registered.
/// </summary>
public sealed class CardProduct : IVersioned
{
    public const int MaxCode = 20;
    public const int MaxName = 100;

    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public CardKind Kind { get; set; }
    public int NumberLength { get; set; }
    public string Prefix { get; set; } = "";
    public CheckDigitRule CheckDigit { get; set; }
    /// <summary>The most a card of this product may hold.</summary>
    public decimal BalanceCap { get; set; }
    /// <summary>Months a card is valid from issue; null: it does not expire.</summary>
    public int? ValidityMonths { get; set; }
    /// <summary>A purchase at or above this amount at once needs the buyer's real name and ID document; null: always (registered cards).</summary>
    public decimal? RealNameThreshold { get; set; }
    /// <summary>A company paying this much or more at once may not pay cash.</summary>
    public decimal CompanyCashLimit { get; set; }
    /// <summary>An individual paying this much or more at once may not pay cash.</summary>
    public decimal IndividualCashLimit { get; set; }
    /// <summary>Anonymous cards' face values, ascending, comma-separated with two decimals ("100.00,200.00"); empty for other kinds.</summary>
    public string FaceValues { get; set; } = "";
    public bool Active { get; set; } = true;
    public long Version { get; set; }

    /// <summary>The numbering this product's card numbers follow.</summary>
    public CardNumbering Numbering => new(NumberLength, Prefix, CheckDigit);

    /// <summary>The face values as amounts.</summary>
    public IReadOnlyList<decimal> FaceValueList => ProductTerms.ParseFaceValues(FaceValues);

    /// <summary>Takes checked terms (<see cref="ProductTerms.Parse"/>) into the product.</summary>
    public void Apply(ProductTerms terms)
    {
        NameEn = terms.NameEn;
        NameZh = terms.NameZh;
        Kind = terms.Kind;
        NumberLength = terms.Numbering.Length;
        Prefix = terms.Numbering.Prefix;
        CheckDigit = terms.Numbering.CheckDigit;
        BalanceCap = terms.BalanceCap;
        ValidityMonths = terms.ValidityMonths;
        RealNameThreshold = terms.RealNameThreshold;
        CompanyCashLimit = terms.CompanyCashLimit;
        IndividualCashLimit = terms.IndividualCashLimit;
        FaceValues = ProductTerms.FormatFaceValues(terms.FaceValues);
        Active = terms.Active;
    }

    /// <summary>Refuses a change of numbering once numbers of the product are in stock (they were registered under the old one).</summary>
    public OperationError? CheckNumberingChange(ProductTerms terms, bool hasRanges) =>
        hasRanges && terms.Numbering != Numbering ? CardsErrors.NumberingFixed() : null;

    /// <summary>May a purchase of <paramref name="amount"/> at once be paid in cash by this payer?</summary>
    public bool AllowsCash(decimal amount, bool company) => amount < (company ? CompanyCashLimit : IndividualCashLimit);

    /// <summary>Does a purchase of <paramref name="amount"/> at once need the buyer's real name?</summary>
    public bool NeedsRealName(decimal amount) => RealNameThreshold is not { } threshold || amount >= threshold;
}
