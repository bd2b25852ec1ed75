using System.Text;

namespace Admin.Kernel.Money;

/// <summary>
/// Writes an amount in Chinese capital numerals (大写金额) as cheques, receipts and vouchers need it:
/// 壹佰贰拾叁元肆角伍分, 壹仟元整, 壹万零伍佰元整, 零元整. Zeros between non-zero digits are written once (零),
/// trailing zeros of a group are dropped, 万 and 亿 are written after their group when it is not all zero;
/// an amount ending at 元 or 角 ends with 整. Amounts up to 999,999,999,999.99 (千亿), at most two decimals.
/// </summary>
public static class ChineseAmount
{
    /// <summary>The largest amount that can be written.</summary>
    public const decimal Max = 999_999_999_999.99m;

    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] Units = ["", "拾", "佰", "仟"];
    private static readonly string[] Groups = ["", "万", "亿"];

    /// <summary>The amount in capitals; a negative amount is prefixed with 负.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Beyond 千亿, or more than two decimals.</exception>
    public static string ToCapitals(decimal amount)
    {
        if (decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount has at most two decimals.");
        }

        if (Math.Abs(amount) > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount is beyond 千亿.");
        }

        var text = new StringBuilder();
        if (amount < 0)
        {
            text.Append('负');
            amount = -amount;
        }

        var fen = (long)(amount * 100);
        var yuan = fen / 100;
        var jiao = (int)(fen / 10 % 10);
        var cents = (int)(fen % 10);

        if (yuan > 0)
        {
            AppendInteger(text, yuan);
            text.Append('元');
        }

        if (jiao == 0 && cents == 0)
        {
            if (yuan == 0)
            {
                text.Append("零元");
            }

            return text.Append('整').ToString();
        }

        if (jiao > 0)
        {
            text.Append(Digits[jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            // 元 followed by fen only: 壹元零伍分.
            text.Append('零');
        }

        if (cents > 0)
        {
            text.Append(Digits[cents]).Append('分');
        }
        else
        {
            text.Append('整');
        }

        return text.ToString();
    }

    private static void AppendInteger(StringBuilder text, long value)
    {
        var digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pendingZero = false;
        var groupHasDigit = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var position = digits.Length - 1 - i;
            var digit = digits[i] - '0';
            if (digit == 0)
            {
                pendingZero = text.Length > 0 && text[^1] != '负';
            }
            else
            {
                if (pendingZero)
                {
                    text.Append('零');
                    pendingZero = false;
                }

                text.Append(Digits[digit]).Append(Units[position % 4]);
                groupHasDigit = true;
            }

            if (position % 4 == 0)
            {
                if (groupHasDigit)
                {
                    text.Append(Groups[position / 4]);
                }

                groupHasDigit = false;
            }
        }
    }
}
