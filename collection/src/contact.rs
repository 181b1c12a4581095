//! The "leave a word" form: its fields, validation and the message it produces. Plain Rust,
//! so the rules are tested natively; the page only renders them.

use crate::i18n::{self, Msg};
use serde::{Deserialize, Serialize};

pub const MAX_MESSAGE: usize = 5000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Email,
    Subject,
    Message,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Name, Field::Email, Field::Subject, Field::Message];

    /// The input's id, used by the error summary's links.
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "contact-name",
            Field::Email => "contact-email",
            Field::Subject => "contact-subject",
            Field::Message => "contact-message",
        }
    }
}

/// What the reader typed; also the draft kept in local storage.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactForm {
    pub name: String,
    pub email: String,
    pub subject: String,
    pub message: String,
}

/// A plausible email address: something@domain.tld, no spaces, one @.
pub fn is_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty())
        && s.len() <= 254
}

impl ContactForm {
    pub fn get(&self, f: Field) -> &str {
        match f {
            Field::Name => &self.name,
            Field::Email => &self.email,
            Field::Subject => &self.subject,
            Field::Message => &self.message,
        }
    }

    pub fn set(&mut self, f: Field, v: String) {
        match f {
            Field::Name => self.name = v,
            Field::Email => self.email = v,
            Field::Subject => self.subject = v,
            Field::Message => self.message = v,
        }
    }

    /// Every problem, in the order of the fields.
    pub fn errors(&self) -> Vec<(Field, Msg)> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push((Field::Name, i18n::CONTACT_NAME_MISSING));
        }
        if self.email.trim().is_empty() {
            out.push((Field::Email, i18n::CONTACT_EMAIL_MISSING));
        } else if !is_email(&self.email) {
            out.push((Field::Email, i18n::CONTACT_EMAIL_INVALID));
        }
        if self.subject.trim().is_empty() {
            out.push((Field::Subject, i18n::CONTACT_SUBJECT_MISSING));
        }
        if self.message.trim().is_empty() {
            out.push((Field::Message, i18n::CONTACT_MESSAGE_MISSING));
        } else if self.message.chars().count() > MAX_MESSAGE {
            out.push((Field::Message, i18n::CONTACT_MESSAGE_TOO_LONG));
        }
        out
    }

    /// A `mailto:` link with everything filled in.
    pub fn mailto(&self, to: &str) -> String {
        let enc = crate::route::encode_query_value;
        let body = format!(
            "{}\n\n— {} <{}>",
            self.message.trim(),
            self.name.trim(),
            self.email.trim()
        );
        format!(
            "mailto:{}?subject={}&body={}",
            to.trim(),
            enc(self.subject.trim()),
            enc(&body)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> ContactForm {
        ContactForm {
            name: "Олена".into(),
            email: "olena@example.org".into(),
            subject: "Питання щодо Закону 1777-XII".into(),
            message: "Добрий день! Де знайти чинну редакцію?".into(),
        }
    }

    #[test]
    fn a_filled_form_has_no_errors() {
        assert_eq!(filled().errors(), vec![]);
    }

    #[test]
    fn every_field_is_checked_in_order() {
        let e = ContactForm::default().errors();
        assert_eq!(
            e.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            Field::ALL.to_vec()
        );
        let mut f = filled();
        f.email = "olena at example".into();
        assert_eq!(
            f.errors(),
            vec![(Field::Email, i18n::CONTACT_EMAIL_INVALID)]
        );
        f = filled();
        f.message = "я".repeat(MAX_MESSAGE + 1);
        assert_eq!(
            f.errors(),
            vec![(Field::Message, i18n::CONTACT_MESSAGE_TOO_LONG)]
        );
        f.message = "   ".into();
        assert_eq!(
            f.errors(),
            vec![(Field::Message, i18n::CONTACT_MESSAGE_MISSING)]
        );
    }

    #[test]
    fn emails() {
        for ok in ["a@b.ua", "name.surname@mvs.gov.ua", "x+y@example.org"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "", "a", "a@", "@b.ua", "a@b", "a@@b.ua", "a b@c.ua", "a@b..ua", "a@.ua",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn mailto_carries_everything_encoded() {
        let m = filled().mailto("info@example.org");
        assert!(m.starts_with("mailto:info@example.org?subject=%D0%9F"));
        assert!(m.contains("&body="));
        assert!(!m.contains(' '));
        assert!(m.contains("olena%40example.org"));
    }
}
