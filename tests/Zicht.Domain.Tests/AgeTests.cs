using FsCheck;
using FsCheck.Fluent;
using Zicht.Domain.Registry;

namespace Zicht.Domain.Tests;

public sealed class AgeTests
{
    [Fact]
    public void A_birthday_on_29_February_counts_on_1_March_in_other_years()
    {
        var dob = new DateOnly(2008, 2, 29);
        Assert.Equal(16, Age.At(dob, new DateOnly(2025, 2, 28)));
        Assert.Equal(17, Age.At(dob, new DateOnly(2025, 3, 1)));
    }

    [FsCheck.Xunit.Property]
    public Property Age_grows_by_exactly_one_on_each_birthday()
    {
        var days = Gen.Choose(0, 40000).ToArbitrary();
        return Prop.ForAll(days, days, (birthDay, span) =>
        {
            var dob = DateOnly.FromDayNumber(700000 + birthDay);
            var date = dob.AddDays(span);
            var age = Age.At(dob, date);
            var lastBirthday = dob.AddYears(age);
            // The last birthday has passed, the next has not: the age counts whole years exactly.
            return age >= 0 && lastBirthday <= date && dob.AddYears(age + 1) > date;
        });
    }
}
