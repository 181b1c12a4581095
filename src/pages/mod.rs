//! One module per route; each renders a page from typed content.

mod act;
mod agencies;
mod agency;
mod approximation;
mod contact;
mod cooperation;
mod glossary;
mod home;
mod ibm;
mod library;
mod project;
mod root;
mod search;
mod strategy;
mod timeline;

pub use act::ActPage;
pub use agencies::AgenciesPage;
pub use agency::AgencyPage;
pub use approximation::{served, ApproximationPage, Served, ServedComponents};
pub use contact::ContactPage;
pub use cooperation::CooperationPage;
pub use glossary::GlossaryPage;
pub use home::HomePage;
pub use ibm::IbmPage;
pub use library::LibraryPage;
pub use project::ProjectPage;
pub use root::RootRedirect;
pub use search::SearchPage;
pub use strategy::StrategyPage;
pub use timeline::TimelinePage;
