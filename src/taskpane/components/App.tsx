import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Title2,
} from "@fluentui/react-components";
import { uiText } from "../../i18n/zh-CN/ui";
import { HostKind, type Host } from "../host";

export interface AppProps {
  readonly host: Host;
}

/** The task pane's root: a placeholder screen until the workflow lands. */
export function App({ host }: AppProps) {
  return (
    <main style={{ padding: 16, display: "flex", flexDirection: "column", gap: 12 }}>
      <Title2 as="h1">{uiText.productName}</Title2>
      <Body1>{uiText.tagline}</Body1>
      <MessageBar intent="info">
        <MessageBarBody>
          {host.kind === HostKind.excel ? uiText.hostExcel : uiText.hostBrowser}
        </MessageBarBody>
      </MessageBar>
      <Card>
        <CardHeader header={<Body1 as="h2">{uiText.placeholderTitle}</Body1>} />
        <Caption1>{uiText.placeholderBody}</Caption1>
      </Card>
    </main>
  );
}
