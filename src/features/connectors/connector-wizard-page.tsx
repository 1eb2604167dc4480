import { ConnectorWizard } from './connector-wizard';

/** For the ICT coordinator: connect a source (an endpoint or export files) without a developer. */
export function ConnectorWizardPage() {
  return <ConnectorWizard />;
}
