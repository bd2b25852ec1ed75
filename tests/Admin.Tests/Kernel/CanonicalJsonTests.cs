using Admin.Kernel.Reviews;

namespace Admin.Tests.Kernel;

/// <summary>The one canonical writer: what an authorisation records and hashes must not depend on who writes it or how.</summary>
public sealed class CanonicalJsonTests
{
    [Fact]
    public void Object_KeysInAnyOrder_ComeOutSortedWithFixedAmountsAndDays()
    {
        var one = CanonicalJson.Object(s => s.Text("zeta", "z").Amount("amount", 20m).Date("day", new DateOnly(2026, 1, 2)).Number("count", 3).Text("none", null));
        var other = CanonicalJson.Object(s => s.Text("none", null).Number("count", 3).Date("day", new DateOnly(2026, 1, 2)).Amount("amount", 20.0m).Text("zeta", "z"));

        Assert.Equal("""{"amount":"20.00","count":3,"day":"2026-01-02","none":null,"zeta":"z"}""", one);
        Assert.Equal(one, other);
    }

    [Fact]
    public void Object_ChineseTextAndQuotes_WrittenAsIsOrEscapedOnce()
    {
        var json = CanonicalJson.Object(s => s.Text("drawer", "张三 \"甲\"").List("items", [1.5m, 2m], (item, amount) => item.Amount("collected", amount)));

        Assert.Equal("""{"drawer":"张三 \"甲\"","items":[{"collected":"1.50"},{"collected":"2.00"}]}""", json);
    }

    [Fact]
    public void Object_SameKeyTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => CanonicalJson.Object(s => s.Text("a", "1").Text("a", "2")));

    [Fact]
    public void Array_KeepsOrderAndWritesASummaryStringWithTheSameEncoder()
    {
        var summary = CanonicalJson.Object(s => s.Text("customer", "王五"));

        Assert.Equal("""["v1",7,null,"{\"customer\":\"王五\"}"]""", CanonicalJson.Array("v1", 7L, null, summary));
    }
}
