//! The currency a plan counts its money in: a budget, a spend, a return.
//! A plan names one by its ISO 4217 code, or none, and its amounts are
//! then plain numbers.

/// A currency a plan may count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    /// "EUR", as the plan keeps it.
    pub code: &'static str,
    /// "€", written beside an amount.
    pub sign: &'static str,
    /// "Euro", as a list of currencies names it.
    pub name: &'static str,
}

const fn currency(code: &'static str, sign: &'static str, name: &'static str) -> Currency {
    Currency { code, sign, name }
}

/// The currencies a plan may count in, the most used first.
pub const CURRENCIES: [Currency; 14] = [
    currency("EUR", "€", "Euro"),
    currency("USD", "$", "US dollar"),
    currency("GBP", "£", "Pound sterling"),
    currency("CHF", "CHF", "Swiss franc"),
    currency("CAD", "CA$", "Canadian dollar"),
    currency("AUD", "A$", "Australian dollar"),
    currency("NZD", "NZ$", "New Zealand dollar"),
    currency("JPY", "¥", "Japanese yen"),
    currency("INR", "₹", "Indian rupee"),
    currency("BRL", "R$", "Brazilian real"),
    currency("SEK", "SEK", "Swedish krona"),
    currency("NOK", "NOK", "Norwegian krone"),
    currency("DKK", "DKK", "Danish krone"),
    currency("PLN", "zł", "Polish złoty"),
];

/// The currency of this code, when it is one of [`CURRENCIES`].
pub fn currency_of(code: &str) -> Option<&'static Currency> {
    CURRENCIES.iter().find(|c| c.code == code)
}

impl super::Plan {
    /// The currency the plan counts its money in, when it names one.
    pub fn currency(&self) -> Option<&'static Currency> {
        currency_of(&self.currency)
    }

    /// An amount of the plan's money, said with its currency's sign:
    /// "€1,250", "1.250 €"; a plain number in a plan without one.
    pub fn money(&self, amount: f64) -> super::Said {
        super::Said::Money(amount, self.currency().map_or("", |c| c.sign))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::values::{Marks, ENGLISH_MARKS};

    const GERMAN: Marks = Marks {
        group: '.',
        decimal: ',',
        sign_after: true,
    };

    #[test]
    fn a_currency_is_found_by_its_code_and_each_code_once() {
        assert_eq!(currency_of("EUR").map(|c| c.sign), Some("€"));
        assert_eq!(currency_of("eur"), None);
        assert_eq!(currency_of(""), None);
        for (i, c) in CURRENCIES.iter().enumerate() {
            assert_eq!(c.code.len(), 3, "{}", c.code);
            assert!(CURRENCIES[..i].iter().all(|o| o.code != c.code));
        }
    }

    #[test]
    fn money_is_written_as_the_language_writes_it() {
        assert_eq!(ENGLISH_MARKS.money(1250.0, "€"), "€1,250");
        assert_eq!(ENGLISH_MARKS.money(12.5, "$"), "$12.50");
        assert_eq!(ENGLISH_MARKS.money(300.0, "CHF"), "CHF\u{a0}300");
        assert_eq!(ENGLISH_MARKS.money(0.004, "€"), "€0");
        assert_eq!(ENGLISH_MARKS.money(99.999, ""), "100");
        assert_eq!(ENGLISH_MARKS.money(-20.0, "£"), "-£20");
        assert_eq!(GERMAN.money(1250.5, "€"), "1.250,50\u{a0}€");
        assert_eq!(GERMAN.money(300.0, "CHF"), "300\u{a0}CHF");
        assert_eq!(GERMAN.money(1_000_000.0, ""), "1.000.000");
    }

    #[test]
    fn a_plan_says_its_money_in_its_currency() {
        let mut plan = crate::plan::Plan::new(
            crate::plan::PlanId::parse("p").expect("an id"),
            crate::plan::PlanName::parse("P").expect("a name"),
            Default::default(),
        );
        assert_eq!(plan.money(1500.0).to_string(), "1,500");
        plan.currency = "GBP".into();
        assert_eq!(plan.currency().map(|c| c.name), Some("Pound sterling"));
        assert_eq!(plan.money(1500.0).to_string(), "£1,500");
        plan.currency = "XYZ".into();
        assert_eq!(plan.currency(), None);
    }
}
