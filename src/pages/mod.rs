//! One module per route; each renders a page from typed content.

mod agencies;
mod agency;
mod cooperation;
mod home;
mod ibm;
mod not_found;
mod project;
mod root;
mod strategy;

pub use agencies::AgenciesPage;
pub use agency::AgencyPage;
pub use cooperation::CooperationPage;
pub use home::HomePage;
pub use ibm::IbmPage;
pub use not_found::NotFoundPage;
pub use project::ProjectPage;
pub use root::RootRedirect;
pub use strategy::StrategyPage;
