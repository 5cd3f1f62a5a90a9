#!/bin/sh
# Rebuild every flattened file from originals/ (run from this folder).
set -e
O=originals
python3 compose2env.py $O/wj05-viggo-ai-support-anythingllm-compose.yml wj05-viggo-ai-support-anythingllm-compose.env "compose environment: of service anythingllm (AnythingLLM self-hosted for Viggo support, Brazil); header says access http://localhost:3001"
python3 yaml2propsc.py $O/wj17-coolify-litellm-config.yaml wj17-coolify-litellm-config.properties "Flattened from litellm-config.yaml (DmacMcgreg/coolify-litellm-docker-compose; LiteLLM proxy on Azure, deployed with Coolify) by yaml2propsc.py"
python3 yaml2propsc.py $O/wj18-cirisproxy-litellm-config.yaml wj18-cirisproxy-litellm-config.properties "Flattened from litellm_config.yaml (CIRISAI/CIRISProxy; credit-gated LiteLLM proxy of the CIRIS agent) by yaml2propsc.py"
python3 yaml2propsc.py $O/wj19-amend-librechat-prod.yaml wj19-amend-librechat-prod.properties "Flattened from librechat.yaml (AMEND-Consulting-LLC/LibreChat-Prod; LibreChat of AMEND Consulting) by yaml2propsc.py"
python3 yaml2propsc.py $O/wj20-gdch-librechat.yaml wj20-gdch-librechat.properties "Flattened from librechat.yaml (GDCh-de/librechat.yaml; LibreChat of the German Chemical Society) by yaml2propsc.py"
python3 yaml2propsc.py $O/wj21-business-finland-librechat.yaml wj21-business-finland-librechat.properties "Flattened from librechat.yaml (BusinessFinland/libre-chat-app; LibreChat with Azure OpenAI of Business Finland) by yaml2propsc.py"
python3 yaml2propsc.py $O/wj22-eks-argo-config-open-webui-values.yaml wj22-eks-argo-config-open-webui-values.properties "Flattened from open-webui/values.yaml (Lynetk/eks-argo-config; Open WebUI Helm values on EKS via Argo CD) by yaml2propsc.py"
python3 yaml2propsc.py $O/wj23-k8s-llm-hosting-open-webui-values.yaml wj23-k8s-llm-hosting-open-webui-values.properties "Flattened from open-webui/values.yaml (k8s-llm/k8s-llm-hosting; Open WebUI Helm values) by yaml2propsc.py"
python3 yaml2propsc.py $O/wj24-ingtranet-argocd-litellm-values.yaml wj24-ingtranet-argocd-litellm-values.properties "Flattened from litellm/values.yaml (ingtranet/argocd-manifests; LiteLLM Helm values deployed by Argo CD) by yaml2propsc.py"
python3 yaml2propsc.py $O/wj25-rstuhlmuller-homelab-litellm-values.yaml wj25-rstuhlmuller-homelab-litellm-values.properties "Flattened from litellm/values.yaml (rstuhlmuller/homelab; LiteLLM Helm values of a homelab) by yaml2propsc.py"
python3 yaml2propsc.py $O/wj26-ms-labs-weaviate-values.yaml.abridged wj26-ms-labs-weaviate-values.properties "Flattened from the first part of weaviate/values.yaml (moneysmartco/ms-labs-weaviate; Weaviate Helm values of MoneySmart labs), abridged at debug: false, by yaml2propsc.py"
python3 yaml2propsc.py $O/wj27-mcp-ragdocs-qdrant-production.yaml wj27-mcp-ragdocs-qdrant-production.properties "Flattened from qdrant/config/production.yaml (jrmatherly/mcp-ragdocs; Qdrant production config of a RAG docs MCP server) by yaml2propsc.py"
python3 tomlc2props.py $O/wj28-legalrag-streamlit-secrets.toml.example wj28-legalrag-streamlit-secrets.properties "Flattened from .streamlit/secrets.toml.example (1cesharp/legalrag; Streamlit Cloud secrets of a legal RAG app) by tomlc2props.py"
python3 tomlc2props.py $O/wj29-theological-agent-streamlit-secrets.toml.example wj29-theological-agent-streamlit-secrets.properties "Flattened from .streamlit/secrets.toml.example (235471/theological-langgraph-agent; Streamlit Cloud secrets of a LangGraph agent) by tomlc2props.py"
python3 tomlc2props.py $O/wj30-gpt-rag-ui-chainlit-config.toml wj30-gpt-rag-ui-chainlit-config.properties "Flattened from .chainlit/config.toml (ASG-Dev1/gpt-rag-ui-chainlit; Chainlit UI of a GPT-RAG deployment) by tomlc2props.py"
