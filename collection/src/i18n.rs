//! Every string the interface shows, in both languages. A [`Msg`] cannot be written without both
//! its Ukrainian and English text, so a missing translation is a compile error; the tests below
//! check that none is empty. Content strings live in `data/`, not here.

use crate::model::{ActStatus, ActType, AgencyCategory, Jurisdiction, RelationKind};
use crate::plural::Noun;
use crate::route::{Page, Section};
use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg {
    pub uk: &'static str,
    pub en: &'static str,
}

impl Msg {
    pub const fn new(uk: &'static str, en: &'static str) -> Msg {
        Msg { uk, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Uk => self.uk,
            Lang::En => self.en,
        }
    }
}

const fn m(uk: &'static str, en: &'static str) -> Msg {
    Msg::new(uk, en)
}

// Site frame
pub const SITE_NAME: Msg = m(
    "Інтегроване управління кордонами в Україні",
    "Integrated Border Management in Ukraine",
);
pub const SITE_KIND: Msg = m("Електронна збірка", "Electronic collection");
pub const SITE_DESCRIPTION: Msg = m(
    "Електронна збірка нормативно-правової бази України з інтегрованого управління кордонами та відповідної європейської та міжнародної практики: суб’єкти, стратегія, рівні співпраці, бібліотека актів.",
    "An electronic collection of Ukraine’s legal framework for integrated border management and the matching EU and international practice: agencies, strategy, cooperation levels and a library of acts.",
);
pub const SKIP_LINK: Msg = m("Перейти до основного вмісту", "Skip to main content");
pub const MAIN_NAV: Msg = m("Основна навігація", "Main navigation");
pub const MENU: Msg = m("Меню", "Menu");
pub const BREADCRUMBS: Msg = m("Навігаційний ланцюжок", "Breadcrumb");
pub const LANGUAGE: Msg = m("Мова", "Language");
pub const FOOTER_ATTRIBUTION: Msg = m(
    "Збірку підготовлено в межах проєкту «Підтримка ЄС у зміцненні інтегрованого управління кордонами в Україні — Стійкість» (EU4IBM-Resilience), який фінансує Європейський Союз і впроваджує Міжнародний центр з розвитку міграційної політики (МЦРМП).",
    "This collection was prepared within the project “EU Support to Strengthening Integrated Border Management in Ukraine – Resilience” (EU4IBM-Resilience), funded by the European Union and implemented by the International Centre for Migration Policy Development (ICMPD).",
);
/// The footer's freshness line: the newest evidence any record was checked against, the
/// latest check, and where each act's own date is.
pub const NEWEST_EVIDENCE: Msg = m("Найновіше джерело:", "Newest evidence:");
pub const LAST_CHECKED: Msg = m("остання перевірка:", "last checked:");
pub const EACH_ACT_DATED: Msg = m(
    "дата кожного акта — на його сторінці.",
    "each act’s page gives its own.",
);
pub const FEED_LINK: Msg = m("Стрічка змін (Atom)", "Feed of changes (Atom)");
pub const FEED_TITLE: Msg = m("зміни у збірці", "changes to the collection");
pub const HOME_NEWS: Msg = m("Що нового", "What’s new");
pub const HOME_NEWS_MORE: Msg = m("Усі акти за датою додавання", "All acts by date added");
pub const CHANGE_ADDED: Msg = m("Додано до збірки", "Added to the collection");
pub const CHANGE_STATUS: Msg = m("Змінено статус", "Status changed");
pub const FOOTER_DISCLAIMER: Msg = m(
    "Погляди, висловлені в цій збірці, не обов’язково відображають офіційну позицію Європейського Союзу.",
    "The views expressed in this collection do not necessarily reflect the official position of the European Union.",
);
pub const OFFLINE: Msg = m(
    "Немає з’єднання з мережею: ви переглядаєте збережену копію збірки.",
    "No network connection: you are reading the saved copy of the collection.",
);
pub const UPDATE_READY: Msg = m(
    "Доступна нова версія збірки.",
    "A new version of the collection is available.",
);
pub const UPDATE_RELOAD: Msg = m("Оновити сторінку", "Reload");
/// Shown without JavaScript on a pre-rendered page: the text is there, the tools are not.
pub const NOSCRIPT_STATIC: Msg = m(
    "Ця сторінка доступна для читання без JavaScript. Пошук, фільтри бібліотеки та інші інструменти працюють, коли JavaScript увімкнено.",
    "This page can be read without JavaScript. Search, the library filters and the other tools work when JavaScript is on.",
);
pub const PAGE_ANNOUNCE: Msg = m("Відкрито сторінку", "Page loaded");

// Loading and errors
pub const LOADING: Msg = m("Завантаження…", "Loading…");
pub const ERROR_TITLE: Msg = m(
    "Не вдалося завантажити частину вмісту",
    "Some content could not be loaded",
);
pub const ERROR_FILE: Msg = m("Файл", "File");
pub const ERROR_REASON: Msg = m("Причина", "Reason");
pub const ERROR_NETWORK: Msg = m("мережевий запит не вдався", "the network request failed");
pub const ERROR_STATUS: Msg = m("сервер відповів кодом", "the server answered with status");
pub const ERROR_INVALID: Msg = m("дані у файлі пошкоджені", "the data in the file is broken");
pub const ERROR_AT: Msg = m("місце", "at");
pub const ERROR_REST_WORKS: Msg = m(
    "Решта збірки працює як звичайно: ви можете перейти до інших розділів.",
    "The rest of the collection still works: you can go on to other sections.",
);
pub const RETRY: Msg = m("Спробувати ще раз", "Try again");

// Not found
pub const NOT_FOUND_TITLE: Msg = m("Сторінку не знайдено", "Page not found");
pub const NOT_FOUND_TYPED: Msg = m(
    "Якщо ви ввели адресу вручну, перевірте, чи правильно її написано.",
    "If you typed the web address, check it is correct.",
);
pub const NOT_FOUND_LINK: Msg = m(
    "Якщо ви перейшли за посиланням, можливо, сторінку перенесено або вилучено.",
    "If you followed a link, the page may have been moved or removed.",
);
pub const NOT_FOUND_HOME: Msg = m(
    "Перейти на головну сторінку збірки",
    "Go to the collection’s home page",
);

// Home
pub const HOME: Msg = m("Головна", "Home");
pub const HOME_SECTIONS: Msg = m("Розділи збірки", "Sections of the collection");
pub const HOME_ABOUT: Msg = m("Про збірку", "About the collection");

// Common labels
pub const SOURCE: Msg = m("Джерело", "Source");
pub const OFFICIAL_TEXT: Msg = m("Офіційний текст", "Official text");
pub const EXTERNAL_LINK: Msg = m("(зовнішнє посилання)", "(external link)");
pub const EXAMPLES: Msg = m("Приклади", "Examples");
pub const AGENCIES_INVOLVED: Msg = m("Залучені суб’єкти", "Agencies involved");
pub const NUMBER_ABBR: Msg = m("№", "No.");

// IBM page
pub const IBM_DEFINITIONS: Msg = m("Визначення", "Definitions");
pub const IBM_ELEMENTS: Msg = m(
    "Складові ІУК за висновками Ради ЄС 2006 року",
    "Elements of IBM in the 2006 EU Council conclusions",
);
pub const IBM_HISTORY: Msg = m("Як розвивалася концепція", "How the concept developed");

// Cooperation page

// Agencies
pub const AGENCIES_COUNT: Noun = Noun {
    uk_one: "суб’єкт",
    uk_few: "суб’єкти",
    uk_many: "суб’єктів",
    en_one: "agency",
    en_other: "agencies",
};
pub const AGENCIES_LEAD: Msg = m(
    "Суб’єкти інтегрованого управління кордонами — органи державної влади та військові формування, що спільно забезпечують безпеку кордону й водночас його відкритість для законного руху людей і товарів.",
    "The agencies of integrated border management are the state bodies and military formations that together keep the border secure and at the same time open to lawful movement of people and goods.",
);
pub const AGENCY_PAGE: Msg = m(
    "Суб’єкт інтегрованого управління кордонами",
    "Integrated border management agency",
);
pub const DIAGRAM_TITLE: Msg = m(
    "Хто спрямовує та координує суб’єктів ІУК",
    "Who directs and coordinates the IBM agencies",
);
pub const DIAGRAM_TEXT: Msg = m("Та сама схема текстом:", "The same chart as text:");
pub const AGENCY_NAME_UK: Msg = m("Назва українською", "Name in Ukrainian");
pub const AGENCY_NAME_EN: Msg = m("Назва англійською", "Name in English");
pub const AGENCY_ABBREVIATION: Msg = m("Скорочення", "Abbreviation");
pub const AGENCY_CATEGORY: Msg = m("Вид органу", "Type of body");
pub const AGENCY_COORDINATOR: Msg = m("Спрямовує та координує", "Directed and coordinated by");
pub const AGENCY_WEBSITE: Msg = m("Офіційний вебсайт", "Official website");
pub const AGENCY_ROLE: Msg = m(
    "Роль в інтегрованому управлінні кордонами",
    "Role in integrated border management",
);
pub const AGENCY_ACTS: Msg = m("Нормативна база", "Governing acts");
pub const AGENCY_LEVELS: Msg = m("Рівні співпраці", "Levels of cooperation");
pub const AGENCY_COORDINATES: Msg = m(
    "Спрямовує та координує діяльність",
    "Directs and coordinates",
);
pub const AGENCY_DETAILS: Msg = m("Основні відомості", "Key facts");

// Strategy
pub const STRATEGY_ADOPTION: Msg = m("Схвалення", "Approval");
pub const STRATEGY_ADOPTED_BY: Msg = m("Схвалено", "Approved by");
pub const STRATEGY_AMENDMENTS: Msg = m("Зміни", "Amendments");
pub const STRATEGY_GOALS: Msg = m("Стратегічні цілі", "Strategic goals");
pub const STRATEGY_GOAL: Msg = m("Ціль", "Goal");
pub const STRATEGY_PLANS: Msg = m("Плани заходів", "Action plans");
pub const STRATEGY_MONITORING: Msg = m("Моніторинг і звітність", "Monitoring and reporting");
pub const STRATEGY_FIGURES: Msg = m(
    "Оприлюднені показники виконання",
    "Published implementation figures",
);
pub const STRATEGY_DATE: Msg = m("Дата", "Date");
pub const STRATEGY_TASKS_PLANNED: Msg = m("Заплановано завдань", "Tasks planned");
pub const STRATEGY_INDICATORS_PLANNED: Msg = m("Заплановано показників", "Indicators planned");
pub const STRATEGY_INDICATORS_MET: Msg = m("Показників досягнуто", "Indicators met");
pub const STRATEGY_INDICATORS_IN_PROGRESS: Msg =
    m("Показників у процесі", "Indicators in progress");
pub const CHART_STRATEGY: Msg = m("Стратегія до 2025 року", "Strategy up to 2025");
pub const CHART_PLAN: Msg = m("План заходів", "Action plan");
pub const CHART_STRATEGY_SUMMARY: Msg = m(
    "Шкала часу 2019–2025: схвалення Стратегії та зміни до неї, стратегічні цілі на весь період і план заходів на 2020–2022 роки.",
    "Timeline 2019–2025: the Strategy’s approval and amendments, the strategic goals over the whole period and the 2020–2022 action plan.",
);
pub const CHART_REST: Msg = m("Решта запланованих", "Rest of those planned");
pub const CHART_PROJECTS_SUMMARY: Msg = m(
    "Шкала часу проєктів EU4IBM: періоди проєктів і дати оприлюднених результатів.",
    "Timeline of the EU4IBM projects: project periods and the dates of reported results.",
);

/// "6 квітня 2021 р.: досягнуто 51 із 79 показників, 28 у процесі".
pub fn figures_line(lang: Lang, date: &str, met: u32, progress: u32, planned: u32) -> String {
    match lang {
        Lang::Uk => {
            // After "із" the noun is genitive: singular after 1, 21, 31…, plural otherwise.
            let noun = if planned % 10 == 1 && planned % 100 != 11 {
                "показника"
            } else {
                "показників"
            };
            format!("{date}: досягнуто {met} із {planned} {noun}, {progress} у процесі")
        }
        Lang::En => format!("{date}: {met} of {planned} indicators met, {progress} in progress"),
    }
}
pub const NOT_PUBLISHED: Msg = m("не оприлюднено", "not published");

// Projects
pub const PROJECT_PERIOD: Msg = m("Період", "Period");
pub const PROJECT_FUNDED_BY: Msg = m("Фінансування", "Funded by");
pub const PROJECT_IMPLEMENTED_BY: Msg = m("Виконавець", "Implemented by");
pub const PROJECT_AIMS: Msg = m("Мета", "Aims");
pub const PROJECT_COMPONENTS: Msg = m("Компоненти", "Components");
pub const PROJECT_PARTNERS: Msg = m("Партнери", "Partners");
pub const PROJECT_OUTPUTS: Msg = m("Результати", "Outputs");
pub const SINCE: Msg = m("з", "since");
pub const UNTIL: Msg = m("до", "until");
pub const PROJECT_WEBSITE: Msg = m("Сторінка проєкту", "Project page");

// Library
pub const LIBRARY_LEAD: Msg = m(
    "Закони України, постанови й розпорядження Кабінету Міністрів України, укази Президента України, акти Європейського Союзу та міжнародні договори, що становлять правову основу інтегрованого управління кордонами. Для кожного акта наведено дату, видавника, офіційний номер (якщо його присвоєно) й посилання на офіційний текст.",
    "Laws of Ukraine, resolutions and orders of the Cabinet of Ministers of Ukraine, decrees of the President of Ukraine, EU acts and international treaties that make up the legal basis of integrated border management. Every act has its date, issuer, official number where it has one, and a link to the official text.",
);
pub const ACTS_COUNT: Noun = Noun {
    uk_one: "акт",
    uk_few: "акти",
    uk_many: "актів",
    en_one: "act",
    en_other: "acts",
};
pub const FILTERS: Msg = m("Фільтри", "Filters");
const ACTIVE_FILTERS: Noun = Noun {
    uk_one: "активний",
    uk_few: "активні",
    uk_many: "активних",
    en_one: "active",
    en_other: "active",
};

/// The label of the filters' disclosure on narrow screens: "Фільтри (2 активні)", or just
/// "Фільтри" when none is set.
pub fn filters_toggle(lang: Lang, active: usize) -> String {
    match active {
        0 => FILTERS.get(lang).to_string(),
        n => format!(
            "{} ({})",
            FILTERS.get(lang),
            ACTIVE_FILTERS.count(lang, n as u64)
        ),
    }
}
pub const FILTER_JURISDICTION: Msg = m("Юрисдикція", "Jurisdiction");
pub const FILTER_TYPE: Msg = m("Вид акта", "Type of act");
pub const FILTER_ISSUER: Msg = m("Видавник", "Issuer");
pub const FILTER_STATUS: Msg = m("Статус", "Status");
pub const FILTER_AGENCY: Msg = m("Суб’єкт ІУК", "IBM agency");
pub const FILTER_COMPONENT: Msg = m("Компонент європейського ІУК", "Component of European IBM");
pub const FILTER_LEVEL: Msg = m("Рівень співпраці", "Cooperation level");
pub const FILTER_YEARS: Msg = m("Рік ухвалення", "Year adopted");
/// The library's filter by the year of the evidence a record states the act by.
pub const FILTER_EVIDENCE: Msg = m("Актуально станом на (рік)", "Up to date as of (year)");
pub const FILTER_FROM: Msg = m("з", "from");
pub const FILTER_TO: Msg = m("по", "to");
pub const ALL_VALUES: Msg = m("Усі", "All");
pub const ANY_YEAR: Msg = m("будь-який", "any");
pub const RESET_FILTERS: Msg = m("Скинути фільтри", "Clear filters");
pub const SORT: Msg = m("Сортування", "Sort by");
pub const SORT_DATE: Msg = m("За датою, спершу нові", "Date, newest first");
pub const SORT_TITLE: Msg = m("За назвою", "Title");
pub const SORT_ADDED: Msg = m(
    "За датою додавання, спершу нові",
    "Date added, newest first",
);
pub const SORT_CHECKED: Msg = m(
    "За датою перевірки, спершу нові",
    "Date checked, newest first",
);
pub const SORT_EVIDENCE: Msg = m(
    "За датою джерела, спершу найновіші",
    "Date of evidence, newest first",
);
pub const RESULTS: Msg = m("Результати", "Results");
pub const PAGINATION: Msg = m("Сторінки результатів", "Result pages");
pub const PREVIOUS: Msg = m("Попередня", "Previous");
pub const NEXT: Msg = m("Наступна", "Next");
pub const PAGE: Msg = m("Сторінка", "Page");
pub const NO_RESULTS: Msg = m(
    "Жоден акт не відповідає вибраним фільтрам.",
    "No act matches the chosen filters.",
);

pub const EXPORT: Msg = m("Завантажити вибрані акти:", "Download the selected acts:");
pub const EXPORT_CSV: Msg = m("CSV (таблиця)", "CSV (spreadsheet)");
pub const EXPORT_JSON: Msg = m("JSON (дані)", "JSON (data)");
pub const EXPORT_FAILED: Msg = m(
    "Не вдалося підготувати файл. Спробуйте ще раз.",
    "The file could not be prepared. Please try again.",
);
pub const SHARE: Msg = m("Поділитися сторінкою", "Share this page");
pub const SHARE_EMAIL: Msg = m("Електронна пошта", "Email");
pub const COPY_LINK: Msg = m("Скопіювати посилання", "Copy link");
pub const LINK_COPIED: Msg = m("Посилання скопійовано", "Link copied");
pub const LINK_COPY_FAILED: Msg = m(
    "Не вдалося скопіювати: скопіюйте адресу з рядка браузера",
    "Could not copy: copy the address from the browser’s address bar",
);

// Contact
pub const CONTACT_TITLE: Msg = m("Залишити повідомлення", "Leave a message");
pub const CONTACT_FOOTER: Msg = m(
    "Маєте запитання? Залиште повідомлення",
    "Any questions? Leave us a message",
);
pub const CONTACT_LEAD: Msg = m(
    "Маєте запитання чи пропозицію щодо збірки? Напишіть нам. Ми використаємо вашу адресу лише для відповіді.",
    "A question or a suggestion about the collection? Write to us. We use your address only to reply.",
);
pub const CONTACT_NAME: Msg = m("Ваше ім’я", "Your name");
pub const CONTACT_EMAIL: Msg = m("Адреса електронної пошти", "Email address");
pub const CONTACT_EMAIL_HINT: Msg = m(
    "На неї ми надішлемо відповідь.",
    "We will send our reply there.",
);
pub const CONTACT_SUBJECT: Msg = m("Тема", "Subject");
pub const CONTACT_MESSAGE: Msg = m("Повідомлення", "Message");
pub const CONTACT_MESSAGE_HINT: Msg = m(
    "Не більше 5000 символів. Чернетка зберігається на цьому пристрої, доки ви її не надішлете.",
    "Up to 5000 characters. Your draft is kept on this device until you send it.",
);
pub const CONTACT_SEND: Msg = m("Надіслати", "Send");
pub const CONTACT_ERRORS: Msg = m("Є проблема", "There is a problem");
pub const CONTACT_ERROR_PREFIX: Msg = m("Помилка:", "Error:");
pub const CONTACT_NAME_MISSING: Msg = m("Введіть ваше ім’я", "Enter your name");
pub const CONTACT_EMAIL_MISSING: Msg = m(
    "Введіть адресу електронної пошти",
    "Enter your email address",
);
pub const CONTACT_EMAIL_INVALID: Msg = m(
    "Введіть адресу електронної пошти у правильному форматі, наприклад name@example.com",
    "Enter an email address in the correct format, like name@example.com",
);
pub const CONTACT_SUBJECT_MISSING: Msg = m("Введіть тему повідомлення", "Enter a subject");
pub const CONTACT_MESSAGE_MISSING: Msg = m("Введіть повідомлення", "Enter your message");
pub const CONTACT_MESSAGE_TOO_LONG: Msg = m(
    "Повідомлення має містити не більше 5000 символів",
    "Your message must be 5000 characters or fewer",
);
pub const CONTACT_MAIL_OPENED: Msg = m(
    "Ми відкрили ваш поштовий клієнт із заповненим листом — надішліть його звідти. Якщо він не відкрився, скористайтеся посиланням:",
    "We opened your email program with the message filled in — send it from there. If it did not open, use this link:",
);
pub const CONTACT_MAIL_LINK: Msg = m("написати листа", "write the email");
pub const CONTACT_SENT: Msg = m(
    "Дякуємо! Ваше повідомлення надіслано.",
    "Thank you! Your message has been sent.",
);
pub const CONTACT_SEND_FAILED: Msg = m(
    "Не вдалося надіслати повідомлення. Чернетку збережено; спробуйте ще раз пізніше.",
    "Your message could not be sent. The draft is kept; please try again later.",
);

/// "Знайдено 23 акти" / "23 acts found".
pub fn results_found(lang: Lang, n: u64) -> String {
    match lang {
        Lang::Uk => format!("Знайдено {}", ACTS_COUNT.count(lang, n)),
        Lang::En => format!("{} found", ACTS_COUNT.count(lang, n)),
    }
}

/// "сторінка 2 з 8" / "page 2 of 8".
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::Uk => format!("сторінка {page} з {pages}"),
        Lang::En => format!("page {page} of {pages}"),
    }
}

// One act
pub const ACT_PAGE: Msg = m("Нормативно-правовий акт", "Legal act");
pub const TITLE_DESCRIPTIVE: Msg = m(
    "Назву подано описово: офіційну назву не вдалося звірити, її наведено в офіційному тексті.",
    "This title is descriptive: the official title could not be checked; see the official text.",
);
pub const ACT_DETAILS: Msg = m("Реквізити", "Details");
pub const ACT_TYPE: Msg = m("Вид", "Type");
pub const ACT_NUMBER: Msg = m("Номер", "Number");
pub const ACT_TITLE: Msg = m("Назва", "Title");
pub const ACT_ADOPTED: Msg = m("Дата ухвалення", "Adopted");
pub const ACT_IN_FORCE: Msg = m("Набрання чинності", "In force from");
pub const ACT_ISSUER: Msg = m("Видавник", "Issuer");
pub const ACT_JURISDICTION: Msg = m("Юрисдикція", "Jurisdiction");
pub const ACT_CELEX: Msg = m("Номер CELEX", "CELEX number");
pub const ACT_STATUS: Msg = m("Статус", "Status");
pub const ACT_SUMMARY: Msg = m("Короткий зміст", "Summary");
pub const ACT_OFFICIAL: Msg = m("Офіційний текст на", "Official text on");
pub const ACT_RELATED: Msg = m("Пов’язані акти", "Related acts");
pub const ACT_AGENCIES: Msg = m("Суб’єкти ІУК", "IBM agencies");
pub const ACT_LEVELS: Msg = m("Рівні співпраці", "Levels of cooperation");
pub const ACT_GOALS: Msg = m("Стратегічні цілі", "Strategic goals");
pub const ACT_MENTIONED: Msg = m(
    "Згадується в розділах збірки",
    "Referred to in the collection",
);
pub const ACT_CITATION: Msg = m("Цитування", "Citation");
pub const COPY_CITATION: Msg = m("Скопіювати цитування", "Copy citation");
pub const COPIED: Msg = m("Цитування скопійовано", "Citation copied");
pub const COPY_FAILED: Msg = m(
    "Не вдалося скопіювати: виділіть текст цитування вручну",
    "Could not copy: select the citation text by hand",
);
pub const STATUS_AS_OF: Msg = m("з", "since");
pub const AGENCIES_COORDINATION: Msg = m(
    "Координація суб’єктів ІУК",
    "Coordination of the IBM agencies",
);
pub const STRATEGY_NEXT: Msg = m("Після 2025 року", "After 2025");
/// Under the state of work after the Strategy: the date of the newest evidence it rests on.
pub const STATE_AS_OF: Msg = m(
    "Ураховано відомості станом на",
    "Up to date with what was known on or before",
);
/// An act's two dates: the evidence the record states it by, and the day it was checked.
pub const EVIDENCE_AS_OF: Msg = m(
    "Ураховано зміни, відомі станом на",
    "Up to date with changes known on or before",
);
pub const STATUS_CHECKED: Msg = m("Запис перевірено", "Record checked on");
pub const REPEALED_BY: Msg = m("скасовано актом", "repealed by");

// Timeline
pub const TIMELINE_LEAD: Msg = m(
    "Як з 1991 року складалася нормативна база інтегрованого управління кордонами: акти України, Європейського Союзу та міжнародні інструменти за роками ухвалення.",
    "How the legal framework of integrated border management took shape from 1991: Ukrainian, EU and international acts by year of adoption.",
);
pub const TIMELINE_CHART: Msg = m("Кількість актів за роками", "Number of acts by year");
pub const TIMELINE_BEFORE: Msg = m("До 1991", "Before 1991");
pub const TIMELINE_LIST: Msg = m("Акти за роками", "Acts by year");
pub const TIMELINE_SHOW: Msg = m("Показати", "Show");
pub const ALL_JURISDICTIONS: Msg = m("Усі юрисдикції", "All jurisdictions");

/// The chart's text summary: "142 акти: 64 — Україна, …" / "142 acts: 64 Ukraine, …".
pub fn timeline_summary(lang: Lang, total: usize, parts: &[(Msg, usize)]) -> String {
    let list = parts
        .iter()
        .map(|(m, n)| match lang {
            Lang::Uk => format!("{} — {n}", m.get(lang)),
            Lang::En => format!("{} {n}", m.get(lang)),
        })
        .collect::<Vec<_>>()
        .join(", ");
    format!("{}: {list}", ACTS_COUNT.count(lang, total as u64))
}

// Glossary
pub const GLOSSARY_LEAD: Msg = m(
    "Основні терміни інтегрованого управління кордонами з визначеннями українською та англійською мовами і посиланнями на акти, де їх визначено.",
    "The main terms of integrated border management, defined in Ukrainian and English, with links to the acts that define them.",
);
pub const APPROXIMATION_LEAD: Msg = m(
    "П’ятнадцять компонентів європейського інтегрованого управління кордонами за статтею 3 Регламенту (ЄС) 2019/1896 поруч з актами України, відповідальними органами, цілями Стратегії та оцінками Європейської Комісії.",
    "The fifteen components of European integrated border management under Article 3 of Regulation (EU) 2019/1896, beside Ukraine’s acts, the agencies responsible, the Strategy’s goals and the European Commission’s assessments.",
);
pub const APPROXIMATION_HOW: Msg = m(
    "Кожен компонент має свій розділ нижче. Акти України наведено з поясненням, чому вони стосуються компонента; акти, що узгоджуються з правом ЄС, додано за їхніми зв’язками в бібліотеці. Прогалини й оцінки наведено лише тоді, коли їх підтверджує названий документ; де такого документа не знайдено, про це сказано прямо.",
    "Each component has its own part below. Ukraine’s acts are listed with why they belong to it; acts that align with EU law are added from their relations in the library. Gaps and assessments are given only where a named document says so; where none was found, the map says that plainly.",
);
pub const APPROXIMATION_MATRIX: Msg = m("Компоненти й органи", "Components and agencies");
pub const APPROXIMATION_MATRIX_NOTE: Msg = m(
    "Позначка в клітинці — орган відповідає за компонент; вона веде на сторінку органу. Числа ведуть до розділу компонента.",
    "A mark in a cell means the agency is responsible for the component; it links to the agency’s page. The numbers lead to the component’s part of this page.",
);
pub const APPROXIMATION_COMPONENT: Msg = m("Компонент", "Component");
pub const APPROXIMATION_UA_ACTS: Msg = m("Акти України", "Ukraine’s acts");
pub const APPROXIMATION_EU_ACTS: Msg = m("Право ЄС", "EU acquis");
pub const APPROXIMATION_RESPONSIBLE: Msg = m("відповідає", "responsible");
pub const APPROXIMATION_ARTICLE: Msg = m(
    "Регламент (ЄС) 2019/1896, ст. ",
    "Regulation (EU) 2019/1896, Art. ",
);
pub const APPROXIMATION_OVERARCHING: Msg = m("Наскрізний компонент", "Overarching component");
pub const APPROXIMATION_WORDING_EN: Msg =
    m("Текст Регламенту англійською", "The Regulation’s words");
pub const APPROXIMATION_WORDING_UK: Msg = m(
    "Переклад збірки (не офіційний переклад)",
    "The collection’s translation (not an official translation)",
);
pub const OFFICIAL_TRANSLATION: Msg = m("Офіційний переклад", "Official translation");
pub const APPROXIMATION_NO_WORDING: Msg = m(
    "Текст цього пункту тут не наведено: його не вдалося звірити з офіційним текстом. Прочитайте статтю 3 у тексті Регламенту:",
    "The words of this point are not given here: they could not be checked against the official text. Read Article 3 in the Regulation itself:",
);
pub const APPROXIMATION_REGULATION_LINK: Msg = m(
    "Регламент (ЄС) 2019/1896 на EUR-Lex",
    "Regulation (EU) 2019/1896 on EUR-Lex",
);
pub const APPROXIMATION_UA_SIDE: Msg = m("Що є в Україні", "What Ukraine has");
pub const APPROXIMATION_NO_UA_ACTS: Msg = m(
    "У бібліотеці немає акта України, що відповідає цьому компоненту.",
    "The library has no Ukrainian act that corresponds to this component.",
);
pub const APPROXIMATION_ALIGNED: Msg = m("узгоджується з", "aligns with");
pub const APPROXIMATION_IMPLEMENTS: Msg = m("імплементує", "implements");
pub const APPROXIMATION_AGENCIES: Msg = m("Відповідальні органи", "Agencies responsible");
pub const APPROXIMATION_LEVELS: Msg = m("Рівні співпраці", "Levels of cooperation");
pub const APPROXIMATION_GOALS: Msg = m("Цілі Стратегії", "The Strategy’s goals");
pub const APPROXIMATION_EU_SIDE: Msg = m(
    "Право ЄС, з якого складається компонент",
    "The EU acquis that makes up the component",
);
pub const APPROXIMATION_GAPS: Msg = m("Чого бракує", "What is missing");
pub const APPROXIMATION_NO_GAPS: Msg = m(
    "Не знайдено документа, який називав би прогалину в цьому компоненті. Це не означає, що прогалин немає.",
    "No document was found that names a gap in this component. That does not mean there is none.",
);
pub const APPROXIMATION_ASSESSMENTS: Msg = m(
    "Що сказала Європейська Комісія",
    "What the European Commission said",
);
pub const APPROXIMATION_NO_ASSESSMENTS: Msg = m(
    "Оцінки Європейської Комісії щодо цього компонента не знайдено.",
    "No assessment of this component by the European Commission was found.",
);
pub const APPROXIMATION_SOURCE: Msg = m("Джерело", "Source");
pub const APPROXIMATION_DOWNLOAD: Msg = m("Завантажити карту", "Download the map");
pub const APPROXIMATION_SERVES: Msg = m(
    "Компоненти європейського інтегрованого управління кордонами",
    "Components of European integrated border management",
);
pub const GLOSSARY_LETTERS: Msg = m("Терміни за абеткою", "Terms by letter");
pub const GLOSSARY_OTHER_LANG: Msg = m("Англійською", "In Ukrainian");
pub const GLOSSARY_SEE_ALSO: Msg = m("Див. також", "See also");
pub const KEY_TERMS: Msg = m("Ключові терміни", "Key terms");
pub const KIND_TERM: Msg = m("Термін", "Term");

// Search
pub const SEARCH: Msg = m("Пошук", "Search");
pub const SEARCH_LABEL: Msg = m("Пошук у збірці", "Search the collection");
pub const SEARCH_BUTTON: Msg = m("Шукати", "Search");
pub const SEARCH_TITLE: Msg = m("Пошук у збірці", "Search the collection");
pub const SEARCH_HINT: Msg = m(
    "Шукайте за назвою, номером (1777-XII, 2016/399, 687-р), скороченням (ДПСУ, EUBAM) чи словом — українською, англійською або латинкою.",
    "Search by title, number (1777-XII, 2016/399, 687-r), abbreviation (SBGS, EUBAM) or word — in Ukrainian, English or Ukrainian typed in Latin letters.",
);
pub const SEARCH_EMPTY: Msg = m(
    "Почніть вводити запит. Наприклад:",
    "Start typing a query. For example:",
);
pub const SEARCH_NONE: Msg = m("Нічого не знайдено за запитом", "Nothing found for");
/// «Нічого не знайдено за запитом «…».» / "Nothing found for “…”.": the query in each
/// language's quotation marks.
pub fn nothing_found(lang: Lang, query: &str) -> String {
    match lang {
        Lang::Uk => format!("{} «{query}».", SEARCH_NONE.uk),
        Lang::En => format!("{} “{query}”.", SEARCH_NONE.en),
    }
}
pub const SEARCH_TRY: Msg = m(
    "Спробуйте інше слово, номер акта або скорочення, наприклад:",
    "Try another word, an act number or an abbreviation, for example:",
);
pub const SEARCH_BROWSE: Msg = m(
    "Або перегляньте всі акти з фільтрами в бібліотеці",
    "Or browse all acts with filters in the library",
);
pub const KIND_PAGE: Msg = m("Розділ", "Section");
pub const KIND_AGENCY: Msg = m("Суб’єкт ІУК", "IBM agency");
pub const KIND_ACT: Msg = m("Нормативний акт", "Legal act");
pub const RESULTS_COUNT: Noun = Noun {
    uk_one: "результат",
    uk_few: "результати",
    uk_many: "результатів",
    en_one: "result",
    en_other: "results",
};

/// Name of a section in the main navigation.
pub fn section_nav(s: Section) -> Msg {
    match s {
        Section::Ibm => m("Що таке ІУК", "What is IBM"),
        Section::Cooperation => m("Рівні співпраці", "Cooperation levels"),
        Section::Agencies => m("Суб’єкти ІУК", "IBM agencies"),
        Section::Strategy => m("Стратегія", "Strategy"),
        Section::Approximation => m("Карта наближення", "Approximation map"),
        Section::Project => m("EU4IBM", "EU4IBM"),
        Section::Library => m("Бібліотека", "Library"),
        Section::Timeline => m("Хронологія", "Timeline"),
        Section::Glossary => m("Глосарій", "Glossary"),
    }
}

/// The `<h1>` and title of a section's page.
pub fn section_title(s: Section) -> Msg {
    match s {
        Section::Ibm => m(
            "Що таке інтегроване управління кордонами",
            "What is integrated border management",
        ),
        Section::Cooperation => m(
            "Рівні співпраці в інтегрованому управлінні кордонами",
            "Levels of cooperation in integrated border management",
        ),
        Section::Agencies => m(
            "Суб’єкти інтегрованого управління кордонами",
            "Integrated border management agencies",
        ),
        Section::Strategy => m(
            "Стратегія інтегрованого управління кордонами на період до 2025 року",
            "Integrated Border Management Strategy for the Period up to 2025",
        ),
        Section::Approximation => m(
            "Карта наближення: компоненти європейського інтегрованого управління кордонами і законодавство України",
            "Approximation map: the components of European integrated border management and Ukraine’s framework",
        ),
        Section::Project => m(
            "Проєкти EU4IBM та EU4IBM-Resilience",
            "The EU4IBM and EU4IBM-Resilience projects",
        ),
        Section::Library => m(
            "Бібліотека нормативно-правових актів",
            "Library of legal acts",
        ),
        Section::Timeline => m(
            "Хронологія нормативної бази",
            "The legal framework through time",
        ),
        Section::Glossary => m(
            "Глосарій інтегрованого управління кордонами",
            "Glossary of integrated border management",
        ),
    }
}

/// What a section page is about, for its meta description and link previews.
pub fn section_description(s: Section) -> Msg {
    match s {
        Section::Ibm => m(
            "Що таке інтегроване управління кордонами: визначення ЄС і України, складові за висновками Ради ЄС 2006 року та розвиток концепції до сьогодні.",
            "What integrated border management is: the EU and Ukrainian definitions, the elements set by the 2006 EU Council conclusions, and how the concept developed.",
        ),
        Section::Cooperation => m(
            "Три рівні співпраці за моделлю ЄС і чотири — за Стратегією України, з прикладами та органами, що в ній беруть участь.",
            "The EU’s three levels of cooperation and Ukraine’s four, with examples and the bodies involved.",
        ),
        Section::Agencies => AGENCIES_LEAD,
        Section::Strategy => m(
            "Стратегія інтегрованого управління кордонами на період до 2025 року: схвалення, зміни, стратегічні цілі, плани заходів, моніторинг і звітність.",
            "The Integrated Border Management Strategy for the Period up to 2025: approval, amendments, strategic goals, action plans, monitoring and reporting.",
        ),
        Section::Project => m(
            "Проєкти ЄС EU4IBM та EU4IBM-Resilience: мета, компоненти, партнери, період і результати.",
            "The EU-funded EU4IBM and EU4IBM-Resilience projects: aims, components, partners, period and results.",
        ),
        Section::Approximation => APPROXIMATION_LEAD,
        Section::Library => LIBRARY_LEAD,
        Section::Timeline => TIMELINE_LEAD,
        Section::Glossary => GLOSSARY_LEAD,
    }
}

/// The heading of a page as an interface string: the page's own `<h1>` where that is fixed,
/// and for an act or agency (whose name comes with the data) what kind of page it is.
pub fn page_heading(p: &Page) -> Msg {
    match p {
        Page::Home => SITE_NAME,
        Page::Section(s) => section_title(*s),
        Page::Agency(_) => AGENCY_PAGE,
        Page::Act(_) => ACT_PAGE,
        other => page_label(other),
    }
}

/// Short label of a page for breadcrumbs (pages with data-driven names are labelled by the page).
pub fn page_label(p: &Page) -> Msg {
    match p {
        Page::Home => HOME,
        Page::Section(s) => section_nav(*s),
        Page::Agency(_) => section_nav(Section::Agencies),
        Page::Act(_) => section_nav(Section::Library),
        Page::Search => SEARCH,
        Page::Contact => CONTACT_TITLE,
    }
}

impl AgencyCategory {
    pub fn label(self) -> Msg {
        match self {
            AgencyCategory::Ministry => m("Міністерство", "Ministry"),
            AgencyCategory::CentralExecutiveBody => m(
                "Центральний орган виконавчої влади",
                "Central executive body",
            ),
            AgencyCategory::SpecialService => m(
                "Державний орган спеціального призначення",
                "Special-purpose state body",
            ),
            AgencyCategory::LawEnforcementBody => m(
                "Центральний орган виконавчої влади (правоохоронний)",
                "Central executive body (law enforcement)",
            ),
            AgencyCategory::MilitaryFormation => m("Військове формування", "Military formation"),
            AgencyCategory::ArmedForces => m("Збройні сили", "Armed forces"),
        }
    }
}

impl Jurisdiction {
    pub fn label(self) -> Msg {
        match self {
            Jurisdiction::Ua => m("Україна", "Ukraine"),
            Jurisdiction::Eu => m("Європейський Союз", "European Union"),
            Jurisdiction::Intl => m("Міжнародні", "International"),
        }
    }
}

impl ActType {
    pub fn label(self) -> Msg {
        match self {
            ActType::Constitution => m("Конституція", "Constitution"),
            ActType::Code => m("Кодекс", "Code"),
            ActType::Law => m("Закон", "Law"),
            ActType::RatificationLaw => m("Закон про ратифікацію", "Ratification law"),
            ActType::CmuResolution => m(
                "Постанова Кабінету Міністрів України",
                "Cabinet of Ministers resolution",
            ),
            ActType::CmuOrder => m(
                "Розпорядження Кабінету Міністрів України",
                "Cabinet of Ministers order",
            ),
            ActType::PresidentialDecree => m("Указ Президента України", "Presidential decree"),
            ActType::Regulation => m("Регламент", "Regulation"),
            ActType::ImplementingRegulation => {
                m("Імплементаційний регламент", "Implementing regulation")
            }
            ActType::Directive => m("Директива", "Directive"),
            ActType::Decision => m("Рішення", "Decision"),
            ActType::Communication => m("Повідомлення Комісії", "Commission communication"),
            ActType::CouncilConclusions => m("Висновки Ради", "Council conclusions"),
            ActType::Agreement => m("Угода", "Agreement"),
            ActType::Convention => m("Конвенція", "Convention"),
            ActType::Protocol => m("Протокол", "Protocol"),
            ActType::Guidelines => m("Настанови", "Guidelines"),
            ActType::Recommendation => m("Рекомендація", "Recommendation"),
            ActType::ActionPlan => m("План дій", "Action plan"),
            ActType::Standard => m("Стандарт", "Standard"),
            ActType::Memorandum => m("Меморандум", "Memorandum"),
            ActType::WorkingArrangement => m("Робоча домовленість", "Working arrangement"),
        }
    }
}

impl ActStatus {
    pub fn label(self) -> Msg {
        match self {
            ActStatus::InForce => m("Чинний", "In force"),
            ActStatus::Amended => m("Чинний, зі змінами", "In force, amended"),
            ActStatus::Repealed => m("Втратив чинність", "Repealed"),
            ActStatus::Expired => m("Припинив дію", "Expired"),
        }
    }
}

impl RelationKind {
    /// How the relation reads from the act that holds it ("amends …").
    pub fn label(self) -> Msg {
        match self {
            RelationKind::Amends => m("Вносить зміни до", "Amends"),
            RelationKind::Repeals => m("Скасовує", "Repeals"),
            RelationKind::Implements => m("Реалізує", "Implements"),
            RelationKind::Ratifies => m("Ратифікує", "Ratifies"),
            RelationKind::AlignsWith => m("Наближає законодавство до", "Aligns with"),
        }
    }

    /// How the relation reads from the other side ("amended by …").
    pub fn inverse_label(self) -> Msg {
        match self {
            RelationKind::Amends => m("Зміни внесено актом", "Amended by"),
            RelationKind::Repeals => m("Скасовано актом", "Repealed by"),
            RelationKind::Implements => m("Реалізується актом", "Implemented by"),
            RelationKind::Ratifies => m("Ратифіковано актом", "Ratified by"),
            RelationKind::AlignsWith => m(
                "Українські акти наближення",
                "Ukrainian acts aligning with it",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `m("…", "…")` in this file, read from the source so that no message can be
    /// left out of the checks below.
    fn all_msgs() -> Vec<(String, String)> {
        fn literal(src: &str) -> Option<(String, &str)> {
            let src = src.trim_start().strip_prefix('"')?;
            let mut out = String::new();
            let mut chars = src.char_indices();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, e)) = chars.next() {
                            out.push(e);
                        }
                    }
                    '"' => return Some((out, &src[i + 1..])),
                    c => out.push(c),
                }
            }
            None
        }
        let src = include_str!("i18n.rs");
        let mut found = Vec::new();
        let mut rest = src;
        while let Some(i) = rest.find("m(") {
            rest = &rest[i + 2..];
            let Some((uk, after)) = literal(rest) else {
                continue;
            };
            let Some(after) = after.trim_start().strip_prefix(',') else {
                continue;
            };
            let Some((en, _)) = literal(after) else {
                continue;
            };
            found.push((uk, en));
        }
        found
    }

    #[test]
    fn every_message_has_both_languages() {
        let all = all_msgs();
        assert!(all.len() > 150, "only {} messages found", all.len());
        for (uk, en) in all {
            assert!(
                !uk.trim().is_empty() && !en.trim().is_empty(),
                "{uk:?} / {en:?}"
            );
        }
    }

    #[test]
    fn ukrainian_strings_are_in_cyrillic_and_use_one_apostrophe() {
        for (uk, en) in all_msgs() {
            let cyrillic = uk.chars().any(|c| {
                ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)) || "іїєґ".contains(c)
            });
            assert!(cyrillic || uk == en || uk == "№", "not Ukrainian: {uk:?}");
            assert!(
                !uk.contains('\'') && !uk.contains('ʼ'),
                "use ’ as the apostrophe: {uk:?}"
            );
        }
    }

    /// The editorial lint of `data/` (typography, act numbers, the term base) over every
    /// message, so that the interface and the content follow one set of rules.
    #[test]
    fn interface_strings_follow_the_editorial_rules() {
        use crate::lint::{typography, TermBase};
        use crate::DataFile;
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/terms.json"))
                .unwrap();
        let terms = TermBase::new(&crate::model::TermsFile::parse(&text).unwrap());
        // The label of the one EU document whose own name is «План дій» (the Visa
        // Liberalisation Action Plan) is exempt once; any other message with that text is
        // checked, since Ukrainian plans are «плани заходів».
        let own_name = ActType::ActionPlan.label();
        let mut exempt = 1;
        let mut problems = Vec::new();
        for (uk, en) in all_msgs() {
            let is_own_name = (uk.as_str(), en.as_str()) == (own_name.uk, own_name.en);
            let skip_terms = is_own_name && exempt > 0;
            if is_own_name {
                exempt -= 1;
            }
            for (lang, text) in [(Lang::Uk, &uk), (Lang::En, &en)] {
                let mut reasons = typography(lang, text);
                if !skip_terms {
                    reasons.extend(terms.check(lang, text));
                }
                problems.extend(reasons.into_iter().map(|r| format!("{text:?}: {r}")));
            }
        }
        for lang in Lang::ALL {
            let t = nothing_found(lang, "1777-XII");
            problems.extend(
                typography(lang, &t)
                    .into_iter()
                    .map(|r| format!("{t:?}: {r}")),
            );
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_query_is_quoted_in_each_language() {
        assert_eq!(
            nothing_found(Lang::Uk, "кордон"),
            "Нічого не знайдено за запитом «кордон»."
        );
        assert_eq!(
            nothing_found(Lang::En, "border"),
            "Nothing found for “border”."
        );
    }

    #[test]
    fn says_how_many_filters_are_active() {
        assert_eq!(filters_toggle(Lang::Uk, 0), "Фільтри");
        assert_eq!(filters_toggle(Lang::Uk, 1), "Фільтри (1 активний)");
        assert_eq!(filters_toggle(Lang::Uk, 2), "Фільтри (2 активні)");
        assert_eq!(filters_toggle(Lang::Uk, 5), "Фільтри (5 активних)");
        assert_eq!(filters_toggle(Lang::En, 0), "Filters");
        assert_eq!(filters_toggle(Lang::En, 3), "Filters (3 active)");
    }

    #[test]
    fn counts_results_with_ukrainian_plurals() {
        assert_eq!(results_found(Lang::Uk, 1), "Знайдено 1 акт");
        assert_eq!(results_found(Lang::Uk, 23), "Знайдено 23 акти");
        assert_eq!(results_found(Lang::Uk, 142), "Знайдено 142 акти");
        assert_eq!(results_found(Lang::Uk, 111), "Знайдено 111 актів");
        assert_eq!(results_found(Lang::En, 1), "1 act found");
        assert_eq!(page_of(Lang::Uk, 2, 8), "сторінка 2 з 8");
    }

    #[test]
    fn figures_read_naturally() {
        assert_eq!(
            figures_line(Lang::Uk, "6 квітня 2021 р.", 51, 28, 79),
            "6 квітня 2021 р.: досягнуто 51 із 79 показників, 28 у процесі"
        );
        assert_eq!(
            figures_line(Lang::Uk, "x", 1, 0, 21),
            "x: досягнуто 1 із 21 показника, 0 у процесі"
        );
        assert_eq!(
            figures_line(Lang::En, "6 April 2021", 51, 28, 79),
            "6 April 2021: 51 of 79 indicators met, 28 in progress"
        );
    }

    #[test]
    fn counts_agencies_with_ukrainian_plurals() {
        assert_eq!(AGENCIES_COUNT.count(Lang::Uk, 12), "12 суб’єктів");
        assert_eq!(AGENCIES_COUNT.count(Lang::Uk, 2), "2 суб’єкти");
        assert_eq!(AGENCIES_COUNT.count(Lang::En, 12), "12 agencies");
    }
}
